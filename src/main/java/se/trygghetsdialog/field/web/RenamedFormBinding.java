package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import se.trygghetsdialog.field.DraftWeeklyReport;
import se.trygghetsdialog.field.FieldReportCommand;
import se.trygghetsdialog.field.UpdateEstChecklist;

/**
 * Binds a command parameter (without {@code @ModelAttribute}) as Spring MVC binds a model attribute
 * (validated when {@code @Valid}, its errors in the next {@code BindingResult}), from the post with
 * its parameters renamed: for a form whose inputs are numbered or named by data ({@code e0.people},
 * {@code place-0}, {@code note-police}) while the command holds them in a list ({@code
 * events[0].people}). The names the command uses, sent as such, are the renaming's to drop.
 */
final class RenamedFormBinding extends ServletModelAttributeMethodProcessor {

  private final Class<?> command;
  private final UnaryOperator<Map<String, String[]>> names;

  RenamedFormBinding(Class<?> command, UnaryOperator<Map<String, String[]>> names) {
    super(false);
    this.command = command;
    this.names = names;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == command;
  }

  @Override
  protected void constructAttribute(WebDataBinder binder, NativeWebRequest request) {
    HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
    Map<String, String[]> named =
        Collections.unmodifiableMap(names.apply(servlet.getParameterMap()));
    ((ServletRequestDataBinder) binder)
        .construct(
            new HttpServletRequestWrapper(servlet) {
              @Override
              public @Nullable String getParameter(String name) {
                String[] values = named.get(name);
                return values == null || values.length == 0 ? null : values[0];
              }

              @Override
              public Map<String, String[]> getParameterMap() {
                return named;
              }

              @Override
              public Enumeration<String> getParameterNames() {
                return Collections.enumeration(named.keySet());
              }

              @Override
              public String @Nullable [] getParameterValues(String name) {
                return named.get(name);
              }
            });
  }

  @Override
  protected void bindRequestParameters(WebDataBinder binder, NativeWebRequest request) {
    // A record: everything was bound when it was constructed.
  }

  /** Lets Spring MVC bind the field module's commands whose forms name inputs otherwise. */
  @Configuration(proxyBeanMethods = false)
  static class Config implements WebMvcConfigurer {
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
      resolvers.add(new RenamedFormBinding(FieldReportCommand.class, FieldReportForm::named));
      resolvers.add(
          new RenamedFormBinding(DraftWeeklyReport.Command.class, WeeklyReportPages::named));
      resolvers.add(new RenamedFormBinding(UpdateEstChecklist.Command.class, EstWeekPages::named));
    }
  }
}
