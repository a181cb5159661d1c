package se.trygghetsdialog.measure.web;

import org.jspecify.annotations.Nullable;

/** Raw input of the "new measure" form. */
public record MeasureForm(
    @Nullable String creationToken,
    @Nullable String kind,
    @Nullable String title,
    @Nullable String description,
    @Nullable String horizon,
    @Nullable String owner,
    @Nullable String ownerKind,
    @Nullable String contact,
    @Nullable String expectedEffect,
    @Nullable String measureType,
    @Nullable String areaId,
    @Nullable String followUpOn,
    @Nullable String dialogueId) {

  static MeasureForm blank(String token, String dialogueId) {
    return new MeasureForm(token, "PROPOSAL", "", "", "", "", "", "", "", "", "", "", dialogueId);
  }

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}
