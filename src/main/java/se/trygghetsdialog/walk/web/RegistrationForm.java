package se.trygghetsdialog.walk.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.web.TypedForm;

/** The public registration form as typed. {@code website} is the honeypot. */
public record RegistrationForm(
    @Nullable String name,
    @Nullable String email,
    @Nullable String consent,
    @Nullable String group,
    @Nullable String accessibility,
    @Nullable String website)
    implements TypedForm {

  static RegistrationForm blank() {
    return new RegistrationForm("", "", "", "INDIVIDUAL", "", "");
  }

  /** The consent checkbox was ticked. */
  public boolean consentGiven() {
    return "true".equals(consent);
  }
}
