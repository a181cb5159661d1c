package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Switches the interface language on {@code ?lang=sv} or {@code ?lang=en}. Any other value is
 * ignored rather than stored, so a hand-edited link cannot select an untranslated language.
 */
class LanguageSwitchInterceptor implements HandlerInterceptor {

  static final Set<String> SUPPORTED = Set.of("sv", "en");

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    String lang = request.getParameter("lang");
    if (lang != null && SUPPORTED.contains(lang) && "GET".equals(request.getMethod())) {
      LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
      if (resolver != null) {
        resolver.setLocale(request, response, Locale.forLanguageTag(lang));
      }
    }
    return true;
  }
}
