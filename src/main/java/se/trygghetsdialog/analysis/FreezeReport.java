package se.trygghetsdialog.analysis;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;

/**
 * Freezes a report: builds it in Swedish from the data as it stands, refuses while a required part
 * is empty (naming the parts), and stores the next numbered version of its kind with its tagged
 * PDF. A frozen version never changes; later data goes into the next version.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FreezeReport {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  /**
   * The freeze form.
   *
   * @param expectedNumber the number the new version gets; a stale or repeated form is refused
   */
  public record Command(@NotNull(message = "{analysis.error.stale}") Integer expectedNumber) {}

  private final Dialogues dialogues;
  private final ReportDrafts drafts;
  private final ReportPdf pdf;
  private final AnalysisRepository repository;
  private final ApplicationEventPublisher events;

  /**
   * @return the new version's number
   * @throws AnalysisRuleViolation naming the empty required parts; nothing is stored then
   * @throws StaleForm if the form was for another number; nothing is stored then
   * @throws AccessDeniedException if the staff member is not in the dialogue's team
   */
  @Transactional
  public int freeze(
      MunicipalityId m, Dialogue dialogue, ReportKind kind, Command command, StaffPrincipal staff) {
    if (!AnalysisPolicy.mayFreeze(staff, dialogues.team(m, dialogue.id()))) {
      throw new AccessDeniedException("not in this dialogue's team");
    }
    UUID dialogueId = dialogue.id().value();
    int number = repository.nextNumber(m, dialogueId, kind);
    if (command.expectedNumber() != number) {
      throw new StaleForm("", "analysis.error.stale");
    }
    Report report = drafts.build(m, dialogue, kind, SWEDISH);
    if (!report.missing().isEmpty()) {
      throw new AnalysisRuleViolation(
          "report",
          "analysis.error.partsMissing",
          report.missing().stream().map(Report.Part::heading).collect(Collectors.joining(", ")));
    }
    UUID id = UUID.randomUUID();
    if (!repository.insert(m, id, number, report, pdf.render(report, number), staff.accountId())) {
      throw new StaleForm("", "analysis.error.stale");
    }
    events.publishEvent(
        new ReportFrozen(m, id, dialogueId, kind, number, OffsetDateTime.now(), staff.accountId()));
    return number;
  }
}
