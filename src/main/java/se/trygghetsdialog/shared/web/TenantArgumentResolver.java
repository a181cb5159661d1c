package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.TenantResolver;

/** Lets controllers take the request's {@link Tenant} or {@link MunicipalityId} as a parameter. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TenantArgumentResolver implements HandlerMethodArgumentResolver {

  private final TenantResolver tenants;

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    Class<?> type = parameter.getParameterType();
    return type == Tenant.class || type == MunicipalityId.class;
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
    Tenant tenant = Tenants.current(request, tenants);
    return parameter.getParameterType() == Tenant.class ? tenant : tenant.id();
  }
}
