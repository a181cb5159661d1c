package se.trygghetsdialog.opinion;

import java.time.OffsetDateTime;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A short statement residents vote on.
 *
 * @param number the Polis-style integer id within the dialogue's conversation
 * @param text for a resident's statement: the moderator's public text once approved, until then the
 *     text as submitted (never shown); empty once disposed of
 * @param disposed the text was disposed of after its retention (gallring): the statement, its
 *     number and its votes stay, its text is shown as a neutral message
 */
public record Statement(
    StatementId id,
    MunicipalityId municipalityId,
    DialogueId dialogueId,
    int number,
    String text,
    StatementOrigin origin,
    StatementVisibility visibility,
    OffsetDateTime createdAt,
    boolean disposed) {

  /** The moderation contract's content type of residents' statements. */
  public static final String CONTENT_TYPE = "opinion-statement";

  /** A resident's statement that moderation has not approved: it can never be shown. */
  public boolean unapproved() {
    return origin == StatementOrigin.PARTICIPANT && text.isBlank() && !disposed;
  }

  public boolean shown() {
    return visibility == StatementVisibility.SHOWN;
  }
}
