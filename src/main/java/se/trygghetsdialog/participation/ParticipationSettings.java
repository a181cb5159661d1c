package se.trygghetsdialog.participation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/** The municipality's small-cell threshold for participation tables (default 5). */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ParticipationSettings {

  /** The settings form, bound and validated by Spring MVC. */
  public record Command(
      @NotNull(message = "{participation.error.threshold}")
          @Min(value = SmallCells.MIN_THRESHOLD, message = "{participation.error.threshold}")
          @Max(value = SmallCells.MAX_THRESHOLD, message = "{participation.error.threshold}")
          Integer threshold) {}

  private final ParticipationRepository repository;
  private final ApplicationEventPublisher events;

  /** The suppression every table of the municipality uses. */
  @Transactional(readOnly = true)
  public SmallCells smallCells(MunicipalityId municipality) {
    return new SmallCells(repository.threshold(municipality).orElse(SmallCells.DEFAULT_THRESHOLD));
  }

  /**
   * @throws ParticipationRuleViolation on {@code threshold} when out of range
   */
  @Transactional
  public void change(MunicipalityId municipality, Command command, @Nullable StaffPrincipal actor) {
    Integer threshold = command.threshold();
    if (threshold == null
        || threshold < SmallCells.MIN_THRESHOLD
        || threshold > SmallCells.MAX_THRESHOLD) {
      throw new ParticipationRuleViolation("threshold", "participation.error.threshold");
    }
    repository.saveThreshold(municipality, threshold);
    events.publishEvent(
        new ThresholdChanged(
            municipality,
            threshold,
            OffsetDateTime.now(),
            actor == null ? null : actor.accountId()));
  }
}
