package se.trygghetsdialog.tenancy.web;

import org.jspecify.annotations.Nullable;

/** The organisation form as typed, to show again. */
public record OrganisationForm(
    @Nullable String name, @Nullable String kind, @Nullable String email, @Nullable String phone) {

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}
