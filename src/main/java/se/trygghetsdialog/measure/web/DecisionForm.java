package se.trygghetsdialog.measure.web;

import org.jspecify.annotations.Nullable;

/** Raw input of the "record decision" form. */
public record DecisionForm(
    @Nullable String version,
    @Nullable String body,
    @Nullable String decidedOn,
    @Nullable String paragraph,
    @Nullable String registrationNumber,
    @Nullable String outcome,
    @Nullable String reasons) {

  static DecisionForm blank(int version) {
    return new DecisionForm(String.valueOf(version), "", "", "", "", "", "");
  }

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}
