package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.trygghetsdialog.shared.RuleViolation;
import se.trygghetsdialog.shared.StaleForm;

/**
 * The one error path of every form: a controller binds its typed command with {@code @Valid},
 * passes the {@link BindingResult} here with the action to run and the way to show the form again.
 * Binding and validation errors, and a {@link RuleViolation} the action throws, become {@link
 * FormErrors}; the form is shown again with HTTP 400 and what was typed, or with 409 when the
 * violation is a {@link StaleForm} (what the form was based on changed meanwhile). No controller
 * catches a rule violation itself. See docs/architecture.md, forms and commands.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FormSubmissions {

  private final MessageSource messages;
  private final Validator validator;

  /**
   * Runs {@code action} when {@code binding} holds no error; otherwise, or when the action refuses
   * with a rule violation, answers 400 (409 for a {@link StaleForm}) with {@code showAgain} applied
   * to the errors, in the language of the request.
   *
   * @param action the one action the form asks for; returns the view or redirect to answer with
   * @param showAgain renders the form again with the given errors and the input as typed
   */
  public String submit(
      BindingResult binding, Supplier<String> action, Function<FormErrors, String> showAgain) {
    ServletRequestAttributes request = currentRequest();
    HttpServletResponse response = request.getResponse();
    Locale locale = RequestContextUtils.getLocale(request.getRequest());
    if (!binding.hasErrors()) {
      try {
        return action.get();
      } catch (RuleViolation violation) {
        return refuse(
            FormErrors.of(binding, messages, locale).with(violation, messages, locale),
            violation instanceof StaleForm
                ? HttpServletResponse.SC_CONFLICT
                : HttpServletResponse.SC_BAD_REQUEST,
            response,
            showAgain);
      }
    }
    checkWhatWasBound(binding);
    return refuse(
        FormErrors.of(binding, messages, locale),
        HttpServletResponse.SC_BAD_REQUEST,
        response,
        showAgain);
  }

  /**
   * When a value could not be converted, Spring cannot make the command, and the constraints of the
   * other components are not reported: check each of them on the value it was bound to, so that the
   * form names everything to correct at once (a word in the latitude and an empty description).
   * Constraints on the whole command need a command and wait for the next submission.
   */
  private void checkWhatWasBound(BindingResult binding) {
    if (binding.getTarget() != null) {
      return;
    }
    Class<?> command = commandType(binding.getObjectName());
    if (command == null) {
      return;
    }
    for (RecordComponent component : command.getRecordComponents()) {
      String field = component.getName();
      if (binding.hasFieldErrors(field)) {
        continue;
      }
      Object value = binding.getFieldValue(field);
      for (ConstraintViolation<?> violation : validateValue(command, field, value)) {
        binding.addError(
            new FieldError(
                binding.getObjectName(),
                field,
                value,
                false,
                new String[0],
                null,
                violation.getMessage()));
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Set<ConstraintViolation<?>> validateValue(Class<?> type, String field, Object value) {
    try {
      return (Set) validator.validateValue((Class) type, field, value);
    } catch (IllegalArgumentException | jakarta.validation.ValidationException e) {
      // A value of another type than the component's, which the validator cannot check.
      return Set.of();
    }
  }

  /** The record type of the handler's {@code @Valid} parameter bound under {@code name}. */
  private static @Nullable Class<?> commandType(String name) {
    if (!(currentRequest().getRequest().getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
        instanceof HandlerMethod handler)) {
      return null;
    }
    for (MethodParameter parameter : handler.getMethodParameters()) {
      ModelAttribute attribute = parameter.getParameterAnnotation(ModelAttribute.class);
      String bound =
          attribute != null && !attribute.value().isEmpty()
              ? attribute.value()
              : Conventions.getVariableNameForParameter(parameter);
      if (bound.equals(name) && parameter.getParameterType().isRecord()) {
        return parameter.getParameterType();
      }
    }
    return null;
  }

  /** The request being answered: forms are submitted on the thread that serves the request. */
  private static ServletRequestAttributes currentRequest() {
    if (RequestContextHolder.currentRequestAttributes() instanceof ServletRequestAttributes request
        && request.getResponse() != null) {
      return request;
    }
    throw new IllegalStateException("A form is submitted outside a servlet request");
  }

  private static String refuse(
      FormErrors errors,
      int status,
      HttpServletResponse response,
      Function<FormErrors, String> showAgain) {
    response.setStatus(status);
    return showAgain.apply(errors);
  }
}
