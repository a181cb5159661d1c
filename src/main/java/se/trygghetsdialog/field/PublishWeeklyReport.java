package se.trygghetsdialog.field;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.StaleForm;

/**
 * Editorial approval of a submitted weekly report (ADR 0007): a second person approves it, which
 * publishes it, or returns it to the coordinator with a comment.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PublishWeeklyReport {

  public static final int MAX_COMMENT = 2000;

  /** The return form: what the coordinator should change, stripped. */
  public record Return(
      @NotBlank(message = "{field.weekly.error.commentRequired}")
          @Size(max = MAX_COMMENT, message = "{field.week.error.tooLong}")
          String comment) {

    public Return {
      comment = comment == null ? "" : comment.strip();
    }
  }

  private final WeeklyReportRepository reports;
  private final ApplicationEventPublisher events;

  /**
   * @throws AccessDeniedException if the approver may not approve this report (e.g. submitted it)
   * @throws StaleForm if the report no longer waits for approval (decided on meanwhile)
   */
  @Transactional
  public void approve(WeeklyReport report, StaffPrincipal approver) {
    check(report, approver);
    if (!reports.move(
        report.id(),
        List.of(WeeklyReportStatus.SUBMITTED),
        WeeklyReportStatus.PUBLISHED,
        "",
        approver.accountId())) {
      throw notWaiting();
    }
    events.publishEvent(
        new WeeklyReportPublished(
            report.municipalityId(),
            report.id(),
            report.week(),
            OffsetDateTime.now(),
            approver.accountId()));
  }

  /**
   * Returns the report to the coordinator; the comment says what to change.
   *
   * @throws EstRuleViolation if the comment is missing or too long
   * @throws StaleForm if the report no longer waits for approval (decided on meanwhile)
   */
  @Transactional
  public void returnToCoordinator(WeeklyReport report, String comment, StaffPrincipal approver) {
    check(report, approver);
    String text = comment.strip();
    if (text.isEmpty()) {
      throw new EstRuleViolation("comment", "field.weekly.error.commentRequired");
    }
    if (text.length() > MAX_COMMENT) {
      throw new EstRuleViolation("comment", "field.week.error.tooLong");
    }
    if (!reports.move(
        report.id(),
        List.of(WeeklyReportStatus.SUBMITTED),
        WeeklyReportStatus.RETURNED,
        text,
        approver.accountId())) {
      throw notWaiting();
    }
  }

  private static void check(WeeklyReport report, StaffPrincipal approver) {
    if (report.status() != WeeklyReportStatus.SUBMITTED) {
      throw notWaiting();
    }
    if (!FieldPolicy.mayApproveWeeklyReport(approver, report)) {
      throw new AccessDeniedException("may not approve this weekly report");
    }
  }

  private static StaleForm notWaiting() {
    return new StaleForm("", "field.weekly.error.notSubmitted");
  }
}
