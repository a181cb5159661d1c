package se.trygghetsdialog.notice;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/** Who may do what with the notice board, and the rules a notice's dates must keep. */
public final class NoticePolicy {

  /** The board's day changes at midnight in Sweden. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  /**
   * The time for appeal of a decision in a protocol: three weeks from the day the adjustment was
   * announced on the board (kommunallagen 13 kap. 5 §); the notice may not be taken down before it
   * has run out (8 kap. 12 §).
   */
  public static final int APPEAL_WEEKS = 3;

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 20_000;
  public static final int MAX_LOCATION = 300;

  private NoticePolicy() {}

  /** Administrators and registrars post, correct and check the municipality's notices. */
  public static boolean mayPost(StaffPrincipal staff) {
    return staff.has(Role.ADMINISTRATOR) || staff.has(Role.REGISTRAR);
  }

  /** Today on the board. */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /**
   * The earliest removal date of a protocol notice posted on {@code postedOn}: the day after the
   * last day of the time for appeal, so that the notice is on the board on every day of it. (A last
   * day on a weekend or holiday moves to the next working day by lag 1930:173; the board does not
   * compute that, the registrar chooses a later date then.)
   */
  public static LocalDate earliestProtocolRemoval(LocalDate postedOn) {
    return postedOn.plusWeeks(APPEAL_WEEKS).plusDays(1);
  }

  /**
   * Checks a notice's texts and dates.
   *
   * @throws NoticeRuleViolation naming the field and message key of the first rule broken
   */
  static void check(
      NoticeKind kind,
      String title,
      String text,
      @Nullable LocalDate meetingDate,
      @Nullable LocalDate adjustedOn,
      String protocolLocation,
      LocalDate postedOn,
      LocalDate removedOn) {
    if (title.isBlank()) {
      throw new NoticeRuleViolation("title", "notice.error.title.required");
    }
    if (title.length() > MAX_TITLE) {
      throw new NoticeRuleViolation("title", "notice.error.title.tooLong", MAX_TITLE);
    }
    if (text.isBlank()) {
      throw new NoticeRuleViolation("text", "notice.error.text.required");
    }
    if (text.length() > MAX_TEXT) {
      throw new NoticeRuleViolation("text", "notice.error.text.tooLong", MAX_TEXT);
    }
    if (protocolLocation.length() > MAX_LOCATION) {
      throw new NoticeRuleViolation(
          "protocolLocation", "notice.error.protocolLocation.tooLong", MAX_LOCATION);
    }
    if (kind == NoticeKind.PROTOCOL_ADJUSTED) {
      if (meetingDate == null) {
        throw new NoticeRuleViolation("meetingDate", "notice.error.meetingDate.required");
      }
      if (adjustedOn == null) {
        throw new NoticeRuleViolation("adjustedOn", "notice.error.adjustedOn.required");
      }
      if (adjustedOn.isBefore(meetingDate)) {
        throw new NoticeRuleViolation("adjustedOn", "notice.error.adjustedOn.beforeMeeting");
      }
      if (protocolLocation.isBlank()) {
        throw new NoticeRuleViolation("protocolLocation", "notice.error.protocolLocation.required");
      }
      if (postedOn.isBefore(adjustedOn)) {
        throw new NoticeRuleViolation("postedOn", "notice.error.postedOn.beforeAdjustment");
      }
    }
    if (!removedOn.isAfter(postedOn)) {
      throw new NoticeRuleViolation("removedOn", "notice.error.removedOn.notAfterPosting");
    }
    if (kind == NoticeKind.PROTOCOL_ADJUSTED
        && removedOn.isBefore(earliestProtocolRemoval(postedOn))) {
      throw new NoticeRuleViolation(
          "removedOn",
          "notice.error.removedOn.protocolTooEarly",
          earliestProtocolRemoval(postedOn).toString());
    }
  }
}
