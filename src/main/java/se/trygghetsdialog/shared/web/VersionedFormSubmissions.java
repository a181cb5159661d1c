package se.trygghetsdialog.shared.web;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import se.trygghetsdialog.shared.RuleViolation;
import se.trygghetsdialog.shared.StaleForm;

/**
 * {@link FormSubmissions} for staff forms whose action's violations are shown on another field than
 * the one they name, e.g. on a field repeated per row of a list page, or on a form's first field
 * when the violation names none. A {@link StaleForm} stays one, and so is answered with 409.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VersionedFormSubmissions {

  private final FormSubmissions forms;

  /**
   * As {@link FormSubmissions#submit}, each violation of the action shown on {@code field}.
   *
   * @param field the field on the page for the field a violation names (empty for none)
   */
  public String submit(
      BindingResult binding,
      UnaryOperator<String> field,
      Supplier<String> action,
      Function<FormErrors, String> showAgain) {
    return forms.submit(
        binding,
        () -> {
          try {
            return action.get();
          } catch (StaleForm stale) {
            throw stale.on(field.apply(stale.field()));
          } catch (RuleViolation violation) {
            throw new Shown(field.apply(violation.field()), violation);
          }
        },
        showAgain);
  }

  /** A field name for the violations that name none, others kept. */
  public static UnaryOperator<String> orOn(String fallback) {
    return f -> f.isEmpty() ? fallback : f;
  }

  /** Every violation on the one given field. */
  public static UnaryOperator<String> allOn(String shown) {
    return f -> shown;
  }

  /**
   * Binds a command's {@code component} from the field named {@code component-row}: a form repeated
   * per row of a list page names its field after the row, so that ids stay unique (show its
   * violations there with {@link #allOn}).
   */
  public static void perRow(WebDataBinder binder, String component, String row) {
    binder.setNameResolver(
        p -> component.equals(p.getParameterName()) ? component + "-" + row : null);
  }

  /** A violation shown on another field than the one it names. */
  private static final class Shown extends RuleViolation {
    private static final long serialVersionUID = 1L;

    Shown(String field, RuleViolation violation) {
      super(field, violation.messageKey(), violation.args());
      initCause(violation);
    }
  }
}
