package se.trygghetsdialog.notice;

import java.time.LocalDate;
import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Extension point: another module posts a notice on the board, for example the decision on a
 * medborgarförslag. The texts are screened for personal data here; a flagged notice is stored but
 * shown nowhere until staff have checked it on the staff pages. An adjusted protocol needs its
 * meeting and adjustment dates and is posted through the staff form, not here.
 */
public interface NoticePublisher {

  /**
   * Posts a notice.
   *
   * @param postedOn the first day on the board, today or later
   * @param removedOn the first day no longer on the board, after {@code postedOn}
   * @param sourceReference what the notice comes from, such as a diarienummer; shown to staff
   * @return the notice's id
   * @throws NoticeRuleViolation if a text is blank or too long, or a date breaks a rule
   */
  UUID publish(
      MunicipalityId municipality,
      NoticeKind kind,
      String title,
      String text,
      LocalDate postedOn,
      LocalDate removedOn,
      String sourceReference);
}
