package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.trygghetsdialog.field.EstWeek;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.TenantResolver;
import se.trygghetsdialog.shared.web.Tenants;

/**
 * Lets a handler of the EST week page take its {@link EstWeekPages.Post}: the week of the path
 * ({@code {year}/{week}}) in the request's municipality, refused unless the staff member may build
 * it, and the staff member; the page itself is the handler's {@code WebPage} argument.
 */
@RequiredArgsConstructor
final class EstWeekPosts implements HandlerMethodArgumentResolver {

  private final ObjectProvider<EstWeekPages> pages;
  private final TenantResolver tenants;

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == EstWeekPages.Post.class;
  }

  @Override
  public EstWeekPages.Post resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest web,
      WebDataBinderFactory binders)
      throws Exception {
    HttpServletRequest request = web.getNativeRequest(HttpServletRequest.class);
    @SuppressWarnings("unchecked")
    Map<String, String> path =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    WebDataBinder binder = binders.createBinder(web, null, DataBinder.DEFAULT_OBJECT_NAME);
    int year = binder.convertIfNecessary(path.get("year"), int.class, parameter);
    int week = binder.convertIfNecessary(path.get("week"), int.class, parameter);
    StaffPrincipal staff = EstForms.builder();
    EstWeek found = pages.getObject().find(Tenants.current(request, tenants).id(), year, week);
    return new EstWeekPages.Post(found, staff);
  }

  /** Registers the resolver. */
  @Configuration(proxyBeanMethods = false)
  @RequiredArgsConstructor
  static class Config implements WebMvcConfigurer {
    private final ObjectProvider<EstWeekPages> pages;
    private final TenantResolver tenants;

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
      resolvers.add(new EstWeekPosts(pages, tenants));
    }
  }
}
