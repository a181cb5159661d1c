package se.trygghetsdialog.shared.web;

import org.springframework.core.MethodParameter;
import org.springframework.ui.Model;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * Supplies a {@link WebPage} argument: the handler's model (with the {@link Ui} that {@code
 * UiAdvice} put there before the handler runs) and a fresh redirect model, registered with the
 * request as Spring MVC does for a {@code RedirectAttributes} argument.
 */
final class WebPageArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return WebPage.class.equals(parameter.getParameterType());
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binders)
      throws Exception {
    if (!(container.getDefaultModel() instanceof Model model)
        || !(model.getAttribute("ui") instanceof Ui ui)) {
      throw new IllegalStateException("no ui model attribute: is UiAdvice in place?");
    }
    DataBinder binder = binders.createBinder(request, null, DataBinder.DEFAULT_OBJECT_NAME);
    RedirectAttributesModelMap redirect = new RedirectAttributesModelMap(binder);
    container.setRedirectModel(redirect);
    return new WebPage(model, ui, redirect);
  }
}
