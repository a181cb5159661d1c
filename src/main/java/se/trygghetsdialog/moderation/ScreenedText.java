package se.trygghetsdialog.moderation;

/**
 * A resident's free text as sent in a form, screened for personal data once, when the form was
 * bound. The screening travels with the text through the action to the moderation queue, so that no
 * one screens the same text again.
 *
 * @param screening the text (stripped, line breaks as {@code \n}) and what screening found in it
 */
public record ScreenedText(ScreeningResult screening) {

  /** The text, stripped. */
  public String text() {
    return screening.text();
  }

  /** Whether screening found possible personal data. */
  public boolean flagged() {
    return screening.flagged();
  }

  public boolean isBlank() {
    return screening.text().isBlank();
  }
}
