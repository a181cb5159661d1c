package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Switches the interface language on {@code ?lang=sv}, {@code ?lang=ar} and so on: only an offered
 * {@link Language}. Any other value is ignored rather than stored, so a hand-edited link cannot
 * select a language whose translation is in progress.
 */
class LanguageSwitchInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    String lang = request.getParameter("lang");
    Optional<Language> chosen = lang == null ? Optional.empty() : Language.offered(lang);
    if (chosen.isPresent() && "GET".equals(request.getMethod())) {
      LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
      if (resolver != null) {
        resolver.setLocale(request, response, chosen.get().locale());
      }
    }
    return true;
  }
}
