package se.trygghetsdialog.moderation;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/** "May this person do this in the review queue?" — the only place these rules live. */
public final class ModerationPolicy {

  /** The longest public text or reason a moderator may write. */
  public static final int MAX_TEXT = 4000;

  public static final int MAX_REASON = 500;

  private ModerationPolicy() {}

  /** Moderators and administrators read the queue and decide. */
  public static boolean mayModerate(StaffPrincipal staff) {
    return staff.has(Role.MODERATOR) || staff.has(Role.ADMINISTRATOR);
  }

  /** Whoever may moderate may unmask, always with a logged reason. */
  public static boolean mayUnmask(StaffPrincipal staff) {
    return mayModerate(staff);
  }

  /**
   * Checks a decision on an item: it must still be pending.
   *
   * @throws ModerationRuleViolation otherwise
   */
  public static void checkPending(ModerationItem item) {
    if (!item.pending()) {
      throw new ModerationRuleViolation("", "moderation.error.alreadyDecided");
    }
  }

  /**
   * What is wrong with a public text as such, before screening: blank, too long, or holding the
   * placeholders of the masked text (sent as it stands it would publish them instead of a
   * sentence).
   *
   * @param text the public text, stripped
   * @return the message key of the problem, or null when there is none
   */
  public static @Nullable String publicTextProblem(String text) {
    if (text.isEmpty()) {
      return "moderation.error.publicText.required";
    }
    if (text.length() > MAX_TEXT) {
      return "moderation.error.publicText.tooLong";
    }
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      if (text.contains("[" + kind.swedishLabel() + "]")) {
        return "moderation.error.publicText.placeholder";
      }
    }
    return null;
  }

  /**
   * A reason is required and limited in length.
   *
   * @throws ModerationRuleViolation naming the field
   */
  public static void checkReason(String field, String reason) {
    if (reason.isBlank()) {
      throw new ModerationRuleViolation(field, "moderation.error.reason.required");
    }
    if (reason.length() > MAX_REASON) {
      throw new ModerationRuleViolation(field, "moderation.error.reason.tooLong");
    }
  }
}
