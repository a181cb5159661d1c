package se.trygghetsdialog.shared;

/**
 * A form refused because what it was based on has changed since it was shown: someone else saved
 * meanwhile, or the same form was sent twice. The action (or the check that compares the version
 * the form carries) throws it; {@code FormSubmissions} answers it like any rule violation, on the
 * field it names, but with HTTP 409 instead of 400.
 */
public final class StaleForm extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public StaleForm(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }

  /** The same refusal shown on another field of the page. */
  public StaleForm on(String field) {
    StaleForm shown = new StaleForm(field, messageKey(), args());
    shown.initCause(this);
    return shown;
  }
}
