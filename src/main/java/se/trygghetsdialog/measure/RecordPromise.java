package se.trygghetsdialog.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Staff record a medborgarlöfte: the promising party, focus area, period, promise text, its
 * activities (measures from the register) and the evidence behind it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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

  /**
   * The medborgarlöfte form, bound and validated by Spring MVC.
   *
   * @param evidenceDialogues dialogues whose results the promise rests on
   * @param evidenceSurveys closed survey rounds whose results the promise rests on
   */
  public record Command(
      @Nullable UUID creationToken,
      @NotNull(message = "{measure.error.promise.party.required}") PromiseParty party,
      @NotBlank(message = "{measure.error.promise.focusArea.required}")
          @Size(max = 200, message = "{measure.error.text.tooLong}")
          String focusArea,
      @NotNull(message = "{measure.error.promise.period.required}")
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate periodStart,
      @NotNull(message = "{measure.error.promise.period.required}")
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate periodEnd,
      @NotBlank(message = "{measure.error.promise.text.required}")
          @Size(max = ProposeMeasure.MAX_TEXT, message = "{measure.error.text.tooLong}")
          String promiseText,
      @Nullable PromiseStatus status,
      @Nullable @Size(max = ProposeMeasure.MAX_TEXT, message = "{measure.error.text.tooLong}")
          String evidence,
      @Nullable List<MeasureId> activities,
      @Nullable List<UUID> evidenceDialogues,
      @Nullable List<UUID> evidenceSurveys) {

    Input input() {
      return new Input(
          creationToken == null ? UUID.randomUUID() : creationToken,
          party,
          focusArea.strip(),
          periodStart,
          periodEnd,
          promiseText.strip(),
          status,
          evidence == null ? "" : evidence.strip(),
          activities == null ? List.of() : activities.stream().filter(a -> a != null).toList(),
          java.util.stream.Stream.concat(
                  refs(evidenceDialogues, InputRef.DIALOGUE),
                  refs(evidenceSurveys, InputRef.SURVEY))
              .toList());
    }

    private static java.util.stream.Stream<InputRef> refs(@Nullable List<UUID> ids, String type) {
      return ids == null
          ? java.util.stream.Stream.empty()
          : ids.stream().filter(id -> id != null).map(id -> new InputRef(type, id));
    }
  }

  private final MeasureRepository measures;
  private final PromiseRepository promises;
  private final LinkInput linkInput;
  private final ApplicationEventPublisher events;

  /** The medborgarlöfte form: as {@link #record(MunicipalityId, Input, StaffPrincipal)}. */
  @Transactional
  public UUID record(MunicipalityId municipality, Command command, @Nullable StaffPrincipal actor) {
    return record(municipality, command.input(), actor);
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
