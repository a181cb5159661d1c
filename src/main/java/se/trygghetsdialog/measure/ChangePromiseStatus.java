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
import se.trygghetsdialog.shared.StaleForm;

/** Staff report where a medborgarlöfte stands: planned, in progress, fulfilled or not. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangePromiseStatus {

  /**
   * The status form of one promise on the list page.
   *
   * @param version the promise version the form was loaded with
   */
  public record Command(
      @NotNull(message = "{measure.error.stale}") Integer version,
      @Nullable PromiseStatus status) {}

  private final PromiseRepository promises;
  private final ApplicationEventPublisher events;

  /**
   * The list page's form: as {@link #change(MunicipalityId, UUID, int, PromiseStatus,
   * StaffPrincipal)}.
   */
  @Transactional
  public void change(
      MunicipalityId municipality, UUID promise, Command command, @Nullable StaffPrincipal actor) {
    if (command.status() == null) {
      throw new MeasureRuleViolation("status", "measure.error.promise.status.required");
    }
    change(municipality, promise, command.version(), command.status(), actor);
  }

  /**
   * @throws StaleForm if the form is stale (the promise changed meanwhile)
   */
  @Transactional
  public void change(
      MunicipalityId municipality,
      UUID promise,
      int version,
      PromiseStatus status,
      @Nullable StaffPrincipal actor) {
    if (!promises.updatePromiseStatus(municipality, promise, version, status)) {
      throw new StaleForm("status", "measure.error.stale");
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
