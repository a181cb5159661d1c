package se.trygghetsdialog.session;

import java.time.ZoneId;

/**
 * The rules of dialogue sessions. Who may work with a dialogue's sessions is the dialogue's rule
 * (its team, through {@code Dialogues.ofTeam}); what may be done with a session lives here.
 */
public final class SessionPolicy {

  private SessionPolicy() {}

  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 4000;
  public static final int MAX_SHORT = 500;
  public static final int MAX_AGREEMENTS = 30;
  public static final int MAX_INVITEES = 100;

  /**
   * How long after the session an invited address is kept, at most; it is forgotten earlier when
   * the dialogue reaches step 7 (evaluation), when no more notes are sent.
   */
  public static final int INVITEE_RETENTION_DAYS = 60;

  /**
   * Whether the notes may be sent to participants: they exist and screening found no personal data
   * in them or in the agreements (flagged notes must be edited first).
   *
   * @throws SessionRuleViolation on the notes field, saying why not
   */
  public static void checkNotesSendable(DialogueSession session) {
    if (session.notes().isBlank()) {
      throw new SessionRuleViolation("notes", "session.error.notes.missing");
    }
    if (session.notesFlagged()) {
      throw new SessionRuleViolation("notes", "session.error.notes.flagged");
    }
  }
}
