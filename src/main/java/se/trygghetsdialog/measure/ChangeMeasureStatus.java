package se.trygghetsdialog.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.StaleForm;

/**
 * Staff move a measure on (decided → in progress → done, or closed without action with a reason)
 * with a dated progress note; {@link MeasurePolicy} says which moves exist.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeMeasureStatus {

  public static final int MAX_NOTE = 4000;

  /**
   * The status form of a measure's page.
   *
   * @param version the measure version the form was loaded with
   */
  public record Command(
      @NotNull(message = "{measure.error.stale}") Integer version,
      @NotNull(message = "{measure.error.status.required}") MeasureStatus target,
      @Nullable String note) {}

  /** The progress form of a measure's page. */
  public record Progress(
      @NotBlank(message = "{measure.error.note.required}")
          @Size(max = MAX_NOTE, message = "{measure.error.note.tooLong}")
          String progressNote) {}

  private final MeasureRepository measures;
  private final ApplicationEventPublisher events;

  /**
   * The status form: as {@link #change(MunicipalityId, MeasureId, int, MeasureStatus, String,
   * StaffPrincipal)}.
   */
  @Transactional
  public MeasureStatusChanged change(
      MunicipalityId municipality, MeasureId id, Command command, @Nullable StaffPrincipal actor) {
    return change(
        municipality,
        id,
        command.version(),
        command.target(),
        command.note() == null ? "" : command.note(),
        actor);
  }

  /**
   * @throws MeasureRuleViolation if the move is not allowed or the note is missing
   * @throws StaleForm if the form is stale
   */
  @Transactional
  public MeasureStatusChanged change(
      MunicipalityId municipality,
      MeasureId id,
      int version,
      MeasureStatus target,
      String note,
      @Nullable StaffPrincipal actor) {
    Measure measure =
        measures.find(municipality, id).orElseThrow(() -> new NotFoundException("measure"));
    if (measure.version() != version) {
      throw new StaleForm("", "measure.error.stale");
    }
    String text = note.strip();
    if (text.length() > MAX_NOTE) {
      throw new MeasureRuleViolation("note", "measure.error.note.tooLong");
    }
    MeasurePolicy.checkStatusChange(measure, target, text);
    if (!measures.updateStatus(municipality, id, version, target)) {
      throw new StaleForm("", "measure.error.stale");
    }
    OffsetDateTime now = OffsetDateTime.now();
    UUID actorId = actor == null ? null : actor.accountId();
    measures.insertProgress(municipality, id, target, text, now, actorId);
    MeasureStatusChanged event =
        new MeasureStatusChanged(
            municipality, id, measure.title(), measure.status(), target, text, now, actorId);
    events.publishEvent(event);
    return event;
  }

  /**
   * Adds a dated progress update without changing the status.
   *
   * @throws MeasureRuleViolation if the note is missing or too long
   */
  @Transactional
  public void reportProgress(
      MunicipalityId municipality, MeasureId id, String note, @Nullable StaffPrincipal actor) {
    Measure measure =
        measures.find(municipality, id).orElseThrow(() -> new NotFoundException("measure"));
    String text = note.strip();
    if (text.isEmpty()) {
      throw new MeasureRuleViolation("progressNote", "measure.error.note.required");
    }
    if (text.length() > MAX_NOTE) {
      throw new MeasureRuleViolation("progressNote", "measure.error.note.tooLong");
    }
    measures.insertProgress(
        municipality,
        id,
        measure.status(),
        text,
        OffsetDateTime.now(),
        actor == null ? null : actor.accountId());
  }
}
