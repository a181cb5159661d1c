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

/**
 * Staff publish why an input was not used, so the resident sees it in "du sa – vi gjorde" instead
 * of silence.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordInputNotUsed {

  /** The form on the register page: why an input was not used. */
  public record Command(
      @NotBlank(message = "{measure.error.link.unknownType}") String inputType,
      @NotNull(message = "{measure.error.link.idRequired}") UUID inputId,
      @NotBlank(message = "{measure.error.notUsed.reasonRequired}")
          @Size(max = ProposeMeasure.MAX_TEXT, message = "{measure.error.note.tooLong}")
          String reason) {}

  private final MeasureRepository measures;
  private final LinkInput linkInput;
  private final ApplicationEventPublisher events;

  /**
   * The register page's form: as {@link #record(MunicipalityId, InputRef, String, StaffPrincipal)}.
   */
  @Transactional
  public void record(MunicipalityId municipality, Command command, @Nullable StaffPrincipal actor) {
    record(
        municipality,
        new InputRef(command.inputType(), command.inputId()),
        command.reason(),
        actor);
  }

  /**
   * @throws MeasureRuleViolation if the reason is missing or the input is unknown
   */
  @Transactional
  public void record(
      MunicipalityId municipality, InputRef input, String reason, @Nullable StaffPrincipal actor) {
    String text = reason.strip();
    if (text.isEmpty()) {
      throw new MeasureRuleViolation("reason", "measure.error.notUsed.reasonRequired");
    }
    if (linkInput.label(municipality, input).isEmpty()) {
      throw new MeasureRuleViolation("inputId", "measure.error.link.notFound");
    }
    UUID actorId = actor == null ? null : actor.accountId();
    measures.recordNotUsed(municipality, input, text, actorId);
    events.publishEvent(
        new InputNotUsedRecorded(municipality, input, OffsetDateTime.now(), actorId));
  }
}
