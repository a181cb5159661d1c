package se.trygghetsdialog.field;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;

/**
 * The coordinator submits the draft for editorial approval. Texts saved from the edit form were
 * screened when they were saved, and that result is reused; a draft never saved since it was
 * pre-filled is screened here.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubmitWeeklyReport {

  private final WeeklyReportRepository reports;
  private final PersonalDataScreener screener;

  /**
   * @throws EstRuleViolation if the report is not a draft or a text is refused
   */
  @Transactional
  public void submit(WeeklyReport report, StaffPrincipal actor) {
    if (!report.editable()) {
      throw new EstRuleViolation("", "field.weekly.error.notEditable");
    }
    if (!reports.textsScreened(report.id())) {
      check(report);
    }
    if (!reports.move(
        report.id(),
        List.of(WeeklyReportStatus.DRAFT, WeeklyReportStatus.RETURNED),
        WeeklyReportStatus.SUBMITTED,
        "",
        actor.accountId())) {
      throw new EstRuleViolation("", "field.weekly.error.notEditable");
    }
  }

  /** Screens the texts as the edit form would have when they were saved. */
  private void check(WeeklyReport report) {
    EstTextCheck check =
        new EstTextCheck(screener)
            .text("title", report.title(), DraftWeeklyReport.MAX_TITLE)
            .text("appeal", report.appeal(), DraftWeeklyReport.MAX_TEXT)
            .text("presence", report.presence(), DraftWeeklyReport.MAX_TEXT)
            .text("activities", report.activities(), DraftWeeklyReport.MAX_TEXT);
    int i = 0;
    for (WeeklyReport.Place p : report.places()) {
      check
          .text("place-" + i, p.place(), DraftWeeklyReport.MAX_TITLE)
          .text("incidents-" + i, p.incidents(), DraftWeeklyReport.MAX_TEXT)
          .text("actions-" + i, p.actions(), DraftWeeklyReport.MAX_TEXT);
      i++;
    }
    check.orThrow();
  }
}
