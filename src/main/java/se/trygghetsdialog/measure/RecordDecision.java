package se.trygghetsdialog.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.StaleForm;

/**
 * An official records the decision on a proposal (SKR step 5): deciding body, date, paragraph,
 * diarienummer, outcome and reasons. Bifall or delvis bifall make the measure decided; avslag or
 * ingen åtgärd close it. Residents linked to its inputs who asked to be told get it in their
 * digest.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordDecision {

  /**
   * @param version the measure version the form was based on; a repeated or stale submit fails
   */
  public record Input(
      int version,
      String body,
      @Nullable LocalDate decidedOn,
      String paragraph,
      String registrationNumber,
      @Nullable DecisionOutcome outcome,
      String reasons) {}

  /**
   * The decision form, bound and validated by Spring MVC.
   *
   * @param version the measure version the form was loaded with
   */
  public record Command(
      @NotNull(message = "{measure.error.stale}") Integer version,
      @NotBlank(message = "{measure.error.decision.body.required}")
          @Size(max = 200, message = "{measure.error.text.tooLong}")
          String body,
      @NotNull(message = "{measure.error.decision.date.required}")
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate decidedOn,
      @Nullable @Size(max = 50, message = "{measure.error.text.tooLong}") String paragraph,
      @Nullable @Size(max = 50, message = "{measure.error.text.tooLong}") String registrationNumber,
      @NotNull(message = "{measure.error.decision.outcome.required}") DecisionOutcome outcome,
      @NotBlank(message = "{measure.error.decision.reasons.required}")
          @Size(max = ProposeMeasure.MAX_TEXT, message = "{measure.error.text.tooLong}")
          String reasons) {

    Input input() {
      return new Input(
          version,
          body.strip(),
          decidedOn,
          paragraph == null ? "" : paragraph.strip(),
          registrationNumber == null ? "" : registrationNumber.strip(),
          outcome,
          reasons.strip());
    }
  }

  private final MeasureRepository measures;
  private final ApplicationEventPublisher events;

  /** The decision form: as {@link #record(MunicipalityId, MeasureId, Input, StaffPrincipal)}. */
  @Transactional
  public DecisionRecorded record(
      MunicipalityId municipality, MeasureId id, Command command, @Nullable StaffPrincipal actor) {
    return record(municipality, id, command.input(), actor);
  }

  /**
   * @throws MeasureRuleViolation if a field is missing or the measure is not a pending proposal;
   *     nothing is saved then
   * @throws StaleForm if the form is stale; nothing is saved then
   */
  @Transactional
  public DecisionRecorded record(
      MunicipalityId municipality, MeasureId id, Input input, @Nullable StaffPrincipal actor) {
    Measure measure =
        measures.find(municipality, id).orElseThrow(() -> new NotFoundException("measure"));
    if (measure.version() != input.version()) {
      throw new StaleForm("", "measure.error.stale");
    }
    String reasons = input.reasons().strip();
    MeasureStatus after =
        MeasurePolicy.statusAfterDecision(
            measure,
            input.body().strip(),
            input.decidedOn(),
            input.outcome(),
            reasons,
            LocalDate.now());
    if (!measures.updateStatus(municipality, id, input.version(), after)) {
      throw new StaleForm("", "measure.error.stale");
    }
    OffsetDateTime now = OffsetDateTime.now();
    UUID actorId = actor == null ? null : actor.accountId();
    UUID decisionId = UUID.randomUUID();
    measures.insertDecision(
        municipality,
        new MeasureDecision(
            decisionId,
            id,
            input.body().strip(),
            input.decidedOn(),
            input.paragraph().strip(),
            input.registrationNumber().strip(),
            input.outcome(),
            reasons,
            now),
        actorId);
    measures.insertProgress(municipality, id, after, reasons, now, actorId);
    DecisionRecorded event =
        new DecisionRecorded(
            municipality, id, measure.title(), decisionId, input.outcome(), after, now, actorId);
    events.publishEvent(event);
    return event;
  }
}
