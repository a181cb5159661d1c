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

/**
 * Results are passed to a nämnd or another organisation: it gets a task to respond by a deadline,
 * escalated to the safety coordinators when overdue.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssignResponseTask {

  public record Input(
      UUID creationToken,
      @Nullable MeasureId measureId,
      String recipient,
      String subject,
      @Nullable LocalDate dueOn) {}

  /** The assign form of the response-task dashboard, bound and validated by Spring MVC. */
  public record Command(
      @Nullable UUID creationToken,
      @NotBlank(message = "{measure.error.task.recipient.required}")
          @Size(max = 200, message = "{measure.error.text.tooLong}")
          String recipient,
      @NotBlank(message = "{measure.error.task.subject.required}")
          @Size(max = ProposeMeasure.MAX_TEXT, message = "{measure.error.text.tooLong}")
          String subject,
      @NotNull(message = "{measure.error.task.dueOn.required}")
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueOn,
      @Nullable MeasureId measureId) {}

  private final ResponseTaskRepository tasks;
  private final MeasureRepository measures;
  private final ApplicationEventPublisher events;

  /** The dashboard's form: as {@link #assign(MunicipalityId, Input, StaffPrincipal)}. */
  @Transactional
  public UUID assign(MunicipalityId municipality, Command command, @Nullable StaffPrincipal actor) {
    return assign(
        municipality,
        new Input(
            command.creationToken() == null ? UUID.randomUUID() : command.creationToken(),
            command.measureId(),
            command.recipient().strip(),
            command.subject().strip(),
            command.dueOn()),
        actor);
  }

  /**
   * @throws MeasureRuleViolation naming the first field that is wrong
   */
  @Transactional
  public UUID assign(MunicipalityId municipality, Input input, @Nullable StaffPrincipal actor) {
    var existing = tasks.taskByCreationToken(municipality, input.creationToken());
    if (existing.isPresent()) {
      return existing.get();
    }
    if (input.recipient().isBlank()) {
      throw new MeasureRuleViolation("recipient", "measure.error.task.recipient.required");
    }
    if (input.subject().isBlank()) {
      throw new MeasureRuleViolation("subject", "measure.error.task.subject.required");
    }
    if (input.dueOn() == null) {
      throw new MeasureRuleViolation("dueOn", "measure.error.task.dueOn.required");
    }
    if (input.measureId() != null && measures.find(municipality, input.measureId()).isEmpty()) {
      throw new MeasureRuleViolation("measureId", "measure.error.task.measure.invalid");
    }
    UUID id = UUID.randomUUID();
    UUID actorId = actor == null ? null : actor.accountId();
    OffsetDateTime now = OffsetDateTime.now();
    tasks.insertTask(
        municipality,
        new ResponseTask(
            id,
            input.measureId(),
            input.recipient().strip(),
            input.subject().strip(),
            input.dueOn(),
            null,
            null,
            null,
            0,
            now),
        input.creationToken(),
        actorId);
    events.publishEvent(
        new ResponseTaskAssigned(municipality, id, input.recipient().strip(), now, actorId));
    return id;
  }
}
