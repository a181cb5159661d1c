package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Staff record a medborgarlöfte: the promising party, focus area, period, promise text, its
 * activities (measures from the register) and the evidence behind it.
 */
@Service
public class RecordPromise {

  public record Input(
      UUID creationToken,
      @Nullable PromiseParty party,
      String focusArea,
      @Nullable LocalDate periodStart,
      @Nullable LocalDate periodEnd,
      String promiseText,
      @Nullable PromiseStatus status,
      String evidence,
      List<MeasureId> activities,
      List<InputRef> evidenceInputs) {}

  private final MeasureRepository measures;
  private final PromiseRepository promises;
  private final LinkInput linkInput;
  private final ApplicationEventPublisher events;

  RecordPromise(
      MeasureRepository measures,
      PromiseRepository promises,
      LinkInput linkInput,
      ApplicationEventPublisher events) {
    this.measures = measures;
    this.promises = promises;
    this.linkInput = linkInput;
    this.events = events;
  }

  /**
   * @throws MeasureRuleViolation naming the first field that is wrong; nothing is saved then
   */
  @Transactional
  public UUID record(MunicipalityId municipality, Input input, @Nullable StaffPrincipal actor) {
    var existing = promises.promiseByCreationToken(municipality, input.creationToken());
    if (existing.isPresent()) {
      return existing.get();
    }
    if (input.party() == null) {
      throw new MeasureRuleViolation("party", "measure.error.promise.party.required");
    }
    if (input.focusArea().isBlank()) {
      throw new MeasureRuleViolation("focusArea", "measure.error.promise.focusArea.required");
    }
    if (input.periodStart() == null) {
      throw new MeasureRuleViolation("periodStart", "measure.error.promise.period.required");
    }
    if (input.periodEnd() == null) {
      throw new MeasureRuleViolation("periodEnd", "measure.error.promise.period.required");
    }
    if (input.periodEnd().isBefore(input.periodStart())) {
      throw new MeasureRuleViolation("periodEnd", "measure.error.promise.period.order");
    }
    if (input.promiseText().isBlank()) {
      throw new MeasureRuleViolation("promiseText", "measure.error.promise.text.required");
    }
    List<Measure> activities = new ArrayList<>();
    for (MeasureId id : input.activities()) {
      measures.find(municipality, id).ifPresent(activities::add);
    }
    List<MeasureLink> evidence = new ArrayList<>();
    UUID id = UUID.randomUUID();
    for (InputRef ref : input.evidenceInputs()) {
      String label =
          linkInput
              .label(municipality, ref)
              .orElseThrow(
                  () -> new MeasureRuleViolation("evidence", "measure.error.link.notFound"));
      evidence.add(new MeasureLink(new MeasureId(id), ref, label, OffsetDateTime.now()));
    }
    UUID actorId = actor == null ? null : actor.accountId();
    promises.insertPromise(
        municipality,
        new CitizenPromise(
            id,
            input.party(),
            input.focusArea().strip(),
            input.periodStart(),
            input.periodEnd(),
            input.promiseText().strip(),
            input.status() == null ? PromiseStatus.ACTIVE : input.status(),
            input.evidence().strip(),
            activities,
            evidence,
            0),
        input.creationToken(),
        actorId);
    events.publishEvent(
        new PromiseRecorded(
            municipality, id, input.focusArea().strip(), OffsetDateTime.now(), actorId));
    return id;
  }
}
