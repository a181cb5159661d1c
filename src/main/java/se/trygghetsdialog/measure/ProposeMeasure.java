package se.trygghetsdialog.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import se.trygghetsdialog.tenancy.Areas;

/**
 * Staff enter a proposal, commitment or measure in the register, optionally linked at once to the
 * inputs it answers. It starts as proposed: only a decision moves it on.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProposeMeasure {

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 4000;

  /**
   * @param creationToken one per form; a repeated submit with the same token creates nothing new
   * @param inputs the inputs to link at once (each must be known to a resolver)
   */
  public record Input(
      UUID creationToken,
      MeasureKind kind,
      String title,
      String description,
      Horizon horizon,
      String owner,
      OwnerKind ownerKind,
      String contact,
      String expectedEffect,
      @Nullable MeasureType measureType,
      @Nullable UUID areaId,
      @Nullable LocalDate followUpOn,
      List<InputRef> inputs) {}

  /**
   * The new-measure form, bound and validated by Spring MVC.
   *
   * @param creationToken one per form; null for a new one
   * @param dialogueId the dialogue the measure answers, linked at once
   */
  public record Command(
      @Nullable UUID creationToken,
      @NotNull(message = "{measure.error.kind.required}") MeasureKind kind,
      @NotBlank(message = "{measure.error.title.required}")
          @Size(max = MAX_TITLE, message = "{measure.error.title.tooLong}")
          String title,
      @NotBlank(message = "{measure.error.description.required}")
          @Size(max = MAX_TEXT, message = "{measure.error.text.tooLong}")
          String description,
      @NotNull(message = "{measure.error.horizon.required}") Horizon horizon,
      @NotBlank(message = "{measure.error.owner.required}")
          @Size(max = 200, message = "{measure.error.text.tooLong}")
          String owner,
      @NotNull(message = "{measure.error.ownerKind.required}") OwnerKind ownerKind,
      @Nullable @Size(max = 200, message = "{measure.error.text.tooLong}") String contact,
      @Nullable @Size(max = MAX_TEXT, message = "{measure.error.text.tooLong}")
          String expectedEffect,
      @Nullable MeasureType measureType,
      @Nullable UUID areaId,
      @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn,
      @Nullable UUID dialogueId) {

    Input input() {
      return new Input(
          creationToken == null ? UUID.randomUUID() : creationToken,
          kind,
          title.strip(),
          description.strip(),
          horizon,
          owner.strip(),
          ownerKind,
          contact == null ? "" : contact.strip(),
          expectedEffect == null ? "" : expectedEffect.strip(),
          measureType,
          areaId,
          followUpOn,
          dialogueId == null ? List.of() : List.of(InputRef.dialogue(dialogueId)));
    }
  }

  private final MeasureRepository measures;
  private final LinkInput linkInput;
  private final Areas areas;
  private final ApplicationEventPublisher events;

  /** The new-measure form: as {@link #propose(MunicipalityId, Input, StaffPrincipal)}. */
  @Transactional
  public MeasureId propose(
      MunicipalityId municipality, Command command, @Nullable StaffPrincipal actor) {
    return propose(municipality, command.input(), actor);
  }

  /**
   * @return the new measure, or the one this form already created
   * @throws MeasureRuleViolation if a field is missing or a linked input is unknown (nothing saved)
   */
  @Transactional
  public MeasureId propose(
      MunicipalityId municipality, Input input, @Nullable StaffPrincipal actor) {
    var existing = measures.byCreationToken(municipality, input.creationToken());
    if (existing.isPresent()) {
      return existing.get();
    }
    String title = input.title().strip();
    if (title.isEmpty()) {
      throw new MeasureRuleViolation("title", "measure.error.title.required");
    }
    if (title.length() > MAX_TITLE) {
      throw new MeasureRuleViolation("title", "measure.error.title.tooLong");
    }
    if (input.description().strip().isEmpty()) {
      throw new MeasureRuleViolation("description", "measure.error.description.required");
    }
    if (input.owner().strip().isEmpty()) {
      throw new MeasureRuleViolation("owner", "measure.error.owner.required");
    }
    if (input.areaId() != null && areas.find(municipality, input.areaId()).isEmpty()) {
      throw new MeasureRuleViolation("areaId", "measure.error.area.invalid");
    }
    MeasureId id = new MeasureId(UUID.randomUUID());
    UUID actorId = actor == null ? null : actor.accountId();
    OffsetDateTime now = OffsetDateTime.now();
    measures.insert(
        new Measure(
            id,
            municipality,
            input.kind(),
            title,
            input.description().strip(),
            input.horizon(),
            input.owner().strip(),
            input.ownerKind(),
            input.contact().strip(),
            input.expectedEffect().strip(),
            input.measureType(),
            input.areaId(),
            MeasureStatus.PROPOSED,
            input.followUpOn(),
            0,
            now),
        input.creationToken(),
        actorId);
    measures.insertProgress(municipality, id, MeasureStatus.PROPOSED, "", now, actorId);
    for (InputRef ref : input.inputs()) {
      linkInput.link(municipality, id, ref, actor);
    }
    events.publishEvent(new MeasureProposed(municipality, id, title, now, actorId));
    return id;
  }
}
