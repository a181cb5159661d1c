package se.trygghetsdialog.feedback.web;

import org.jspecify.annotations.Nullable;

/**
 * The follow form as posted: {@code email}, {@code consent} (checkbox, value {@code yes}) and the
 * honeypot {@code website}, which people never see and bots fill in.
 */
public class FollowForm {

  private @Nullable String email;
  private @Nullable String consent;
  private @Nullable String website;

  public String getEmail() {
    return email == null ? "" : email;
  }

  public void setEmail(@Nullable String email) {
    this.email = email;
  }

  public String getConsent() {
    return consent == null ? "" : consent;
  }

  public void setConsent(@Nullable String consent) {
    this.consent = consent;
  }

  public String getWebsite() {
    return website == null ? "" : website;
  }

  public void setWebsite(@Nullable String website) {
    this.website = website;
  }

  boolean consentGiven() {
    return "yes".equals(consent);
  }

  boolean honeypotFilled() {
    return website != null && !website.isBlank();
  }
}
