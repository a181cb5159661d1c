package se.trygghetsdialog.dialogue.web;

import org.jspecify.annotations.Nullable;

/** Raw input of the "record decision and create dialogue" form. */
public record CreateDialogueForm(
    @Nullable String creationToken,
    @Nullable String title,
    @Nullable String summary,
    @Nullable String areaId,
    @Nullable String origin,
    @Nullable String originReference,
    @Nullable String decisionBodyId,
    @Nullable String decisionDate,
    @Nullable String decisionParagraph,
    @Nullable String decisionRegistration) {

  static CreateDialogueForm blank(String token) {
    return new CreateDialogueForm(token, "", "", "", "", "", "", "", "", "");
  }

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}
