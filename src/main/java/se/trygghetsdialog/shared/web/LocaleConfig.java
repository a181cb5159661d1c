package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import se.trygghetsdialog.shared.TenantResolver;

/**
 * {@code ?lang=ar} (any offered {@link Language}) switches and is remembered in a cookie; until
 * then the browser's Accept-Language picks among the offered languages, and Swedish is the default
 * for anything else.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LocaleConfig implements WebMvcConfigurer {

  /** The languages a browser can ask for: the offered ones without a variant (not lättläst). */
  private static final List<Locale> SUPPORTED =
      Language.offeredLanguages().stream()
          .map(Language::locale)
          .filter(l -> l.getVariant().isEmpty())
          .toList();

  private final TenantResolver tenants;

  /** The language cookie; marked {@code Secure} when the request arrived over HTTPS. */
  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver plain = cookieResolver(false);
    CookieLocaleResolver secure = cookieResolver(true);
    return new LocaleContextResolver() {
      @Override
      public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        LocaleContext chosen = plain.resolveLocaleContext(request);
        Locale locale = chosen.getLocale();
        // A cookie naming a language that is not (or no longer) offered counts as no choice.
        if (locale != null && Language.offered(locale.toLanguageTag()).isEmpty()) {
          Locale fallback = fromAcceptLanguage(request);
          return () -> fallback;
        }
        return chosen;
      }

      @Override
      public void setLocaleContext(
          HttpServletRequest request,
          @Nullable HttpServletResponse response,
          @Nullable LocaleContext localeContext) {
        (request.isSecure() ? secure : plain).setLocaleContext(request, response, localeContext);
      }
    };
  }

  private static CookieLocaleResolver cookieResolver(boolean secure) {
    CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
    resolver.setDefaultLocaleFunction(LocaleConfig::fromAcceptLanguage);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSecure(secure);
    return resolver;
  }

  /** The supported language the browser prefers most, or Swedish. */
  static Locale fromAcceptLanguage(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    if (header == null || header.isBlank()) {
      return MessagesConfig.SWEDISH;
    }
    try {
      Locale preferred = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
      return preferred == null ? MessagesConfig.SWEDISH : preferred;
    } catch (IllegalArgumentException malformed) {
      return MessagesConfig.SWEDISH;
    }
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageSwitchInterceptor());
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new TenantArgumentResolver(tenants));
    resolvers.add(new WebPageArgumentResolver());
  }
}
