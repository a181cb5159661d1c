package se.trygghetsdialog.walk.web;

import org.jspecify.annotations.Nullable;

/** The public registration form as typed. {@code website} is the honeypot. */
public record RegistrationForm(
    @Nullable String name,
    @Nullable String email,
    boolean consent,
    @Nullable String group,
    @Nullable String accessibility,
    @Nullable String website) {

  static RegistrationForm blank() {
    return new RegistrationForm("", "", false, "INDIVIDUAL", "", "");
  }

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}
