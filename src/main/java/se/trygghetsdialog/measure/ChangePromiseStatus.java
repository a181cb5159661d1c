package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/** Staff report where a medborgarlöfte stands: planned, in progress, fulfilled or not. */
@Service
public class ChangePromiseStatus {

  private final PromiseRepository promises;
  private final ApplicationEventPublisher events;

  ChangePromiseStatus(PromiseRepository promises, ApplicationEventPublisher events) {
    this.promises = promises;
    this.events = events;
  }

  /**
   * @throws MeasureRuleViolation if the form is stale (the promise changed meanwhile)
   */
  @Transactional
  public void change(
      MunicipalityId municipality,
      UUID promise,
      int version,
      PromiseStatus status,
      @Nullable StaffPrincipal actor) {
    if (!promises.updatePromiseStatus(municipality, promise, version, status)) {
      throw new MeasureRuleViolation("status", "measure.error.stale");
    }
    events.publishEvent(
        new PromiseStatusChanged(
            municipality,
            promise,
            status,
            OffsetDateTime.now(),
            actor == null ? null : actor.accountId()));
  }
}
