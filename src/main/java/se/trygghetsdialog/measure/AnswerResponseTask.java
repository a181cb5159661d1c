package se.trygghetsdialog.measure;

import jakarta.validation.constraints.NotNull;
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

/** Staff record the response a nämnd or organisation gave to a response task. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AnswerResponseTask {

  /**
   * The answer form of one task on the dashboard.
   *
   * @param version the task version the form was loaded with
   */
  public record Command(
      @NotNull(message = "{measure.error.stale}") Integer version, @Nullable String response) {}

  private final ResponseTaskRepository tasks;
  private final ApplicationEventPublisher events;

  /**
   * The dashboard's form: as {@link #answer(MunicipalityId, UUID, int, String, StaffPrincipal)}.
   */
  @Transactional
  public void answer(
      MunicipalityId municipality, UUID task, Command command, @Nullable StaffPrincipal actor) {
    answer(
        municipality,
        task,
        command.version(),
        command.response() == null ? "" : command.response(),
        actor);
  }

  /**
   * @throws MeasureRuleViolation if the response is missing
   * @throws StaleForm if the task was answered meanwhile
   */
  @Transactional
  public void answer(
      MunicipalityId municipality,
      UUID task,
      int version,
      String response,
      @Nullable StaffPrincipal actor) {
    tasks.task(municipality, task).orElseThrow(() -> new NotFoundException("task"));
    if (response.isBlank()) {
      throw new MeasureRuleViolation("response", "measure.error.task.response.required");
    }
    OffsetDateTime now = OffsetDateTime.now();
    if (!tasks.answer(municipality, task, version, response.strip(), now)) {
      throw new StaleForm("response", "measure.error.stale");
    }
    events.publishEvent(
        new ResponseTaskAnswered(
            municipality, task, now, actor == null ? null : actor.accountId()));
  }
}
