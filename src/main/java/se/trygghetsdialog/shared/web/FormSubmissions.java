package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import se.trygghetsdialog.shared.RuleViolation;

/**
 * The one error path of every form: a controller binds its typed command with {@code @Valid},
 * passes the {@link BindingResult} here with the action to run and the way to show the form again.
 * Binding and validation errors, and a {@link RuleViolation} the action throws, become {@link
 * FormErrors}; the form is shown again with HTTP 400 and what was typed. No controller catches a
 * rule violation itself. See docs/architecture.md, forms and commands.
 */
@Component
public class FormSubmissions {

  private final MessageSource messages;

  FormSubmissions(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * Runs {@code action} when {@code binding} holds no error; otherwise, or when the action refuses
   * with a rule violation, answers 400 with {@code showAgain} applied to the errors.
   *
   * @param action the one action the form asks for; returns the view or redirect to answer with
   * @param showAgain renders the form again with the given errors and the input as typed
   */
  public String submit(
      BindingResult binding,
      HttpServletResponse response,
      Locale locale,
      Supplier<String> action,
      Function<FormErrors, String> showAgain) {
    if (!binding.hasErrors()) {
      try {
        return action.get();
      } catch (RuleViolation violation) {
        return refuse(
            FormErrors.of(binding, messages, locale).with(violation, messages, locale),
            response,
            showAgain);
      }
    }
    return refuse(FormErrors.of(binding, messages, locale), response, showAgain);
  }

  private static String refuse(
      FormErrors errors, HttpServletResponse response, Function<FormErrors, String> showAgain) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return showAgain.apply(errors);
  }
}
