package se.trygghetsdialog.tenancy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.TenantResolver;
import se.trygghetsdialog.shared.web.Tenants;
import se.trygghetsdialog.tenancy.Feature;
import se.trygghetsdialog.tenancy.FeatureSwitches;
import se.trygghetsdialog.tenancy.SetupChecklist;

/**
 * The two request gates of tenancy. Every page of a feature the municipality has turned off answers
 * 404 (one place for every module, keyed by {@link Feature#paths()}). Without demo data, an
 * administrator whose municipality still misses something needed lands on the setup checklist the
 * first time the staff start page is opened in a session, which is straight after signing in.
 */
@Configuration(proxyBeanMethods = false)
class TenancyWebConfig implements WebMvcConfigurer {

  static final String SETUP_SHOWN = TenancyWebConfig.class.getName() + ".setupShown";

  private final TenantResolver tenants;
  private final FeatureSwitches switches;
  private final SetupChecklist checklist;
  private final boolean demo;
  private final Map<Feature, List<PathPattern>> patterns;

  TenancyWebConfig(
      TenantResolver tenants,
      FeatureSwitches switches,
      SetupChecklist checklist,
      @Value("${app.demo.enabled:false}") boolean demo) {
    this.tenants = tenants;
    this.switches = switches;
    this.checklist = checklist;
    this.demo = demo;
    PathPatternParser parser = PathPatternParser.defaultInstance;
    this.patterns = new java.util.EnumMap<>(Feature.class);
    for (Feature feature : Feature.values()) {
      patterns.put(feature, feature.paths().stream().map(parser::parse).toList());
    }
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new FeatureGate());
    registry.addInterceptor(new SetupLanding()).addPathPatterns("/personal");
  }

  private MunicipalityId municipality(HttpServletRequest request) {
    return Tenants.current(request, tenants).id();
  }

  /** Answers 404 for the pages of a feature the municipality has turned off. */
  private final class FeatureGate implements HandlerInterceptor {

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      PathContainer path =
          PathContainer.parsePath(
              request.getRequestURI().substring(request.getContextPath().length()));
      for (Map.Entry<Feature, List<PathPattern>> entry : patterns.entrySet()) {
        if (entry.getValue().stream().anyMatch(p -> p.matches(path))
            && !switches.isOn(municipality(request), entry.getKey())) {
          throw new NotFoundException("feature " + entry.getKey() + " is off");
        }
      }
      return true;
    }
  }

  /** Sends an administrator to the setup checklist once a session while something is missing. */
  private final class SetupLanding implements HandlerInterceptor {

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler)
        throws java.io.IOException {
      if (demo || !"GET".equals(request.getMethod()) || !administrator()) {
        return true;
      }
      HttpSession session = request.getSession(false);
      if (session == null || session.getAttribute(SETUP_SHOWN) != null) {
        return true;
      }
      session.setAttribute(SETUP_SHOWN, Boolean.TRUE);
      if (checklist.incomplete(municipality(request))) {
        response.sendRedirect(request.getContextPath() + SetupController.PATH);
        return false;
      }
      return true;
    }

    private boolean administrator() {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      return authentication != null
          && authentication.getAuthorities().stream()
              .anyMatch(a -> "ROLE_ADMINISTRATOR".equals(a.getAuthority()));
    }
  }
}
