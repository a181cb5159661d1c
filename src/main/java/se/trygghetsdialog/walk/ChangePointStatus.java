package se.trygghetsdialog.walk;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormText;

/**
 * The owner or the coordinator sets what has become of a protocol point; every change is logged.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangePointStatus {

  /**
   * What a point's status form sends, bound and validated by Spring MVC.
   *
   * @param reason why, required for NOT_DONE
   */
  public record Command(
      @NotNull(message = "{walk.error.status.required}") PointStatus status,
      @Nullable String reason) {}

  private final WalkRepository repository;
  private final ApplicationEventPublisher events;

  /**
   * Sets the status a point's status form asks for.
   *
   * @param staffOrganisation the organisation the staff member belongs to, if any
   * @throws WalkRuleViolation if NOT_DONE has no reason
   */
  @Transactional
  public void change(
      MunicipalityId municipality,
      UUID walkId,
      UUID pointId,
      Command command,
      StaffPrincipal staff,
      @Nullable UUID staffOrganisation) {
    change(
        municipality,
        walkId,
        pointId,
        command.status(),
        FormText.clean(command.reason()),
        staff,
        staffOrganisation);
  }

  /**
   * @param staffOrganisation the organisation the staff member belongs to, if any
   * @throws WalkRuleViolation if NOT_DONE has no reason
   */
  @Transactional
  public void change(
      MunicipalityId municipality,
      UUID walkId,
      UUID pointId,
      PointStatus status,
      String reason,
      StaffPrincipal staff,
      @Nullable UUID staffOrganisation) {
    repository.require(municipality, walkId);
    WalkPoint point =
        repository
            .point(walkId, pointId)
            .orElseThrow(() -> new WalkRuleViolation("", "walk.error.notFound"));
    if (!WalkPolicy.mayChangeStatus(staff, staffOrganisation, point.ownerId())) {
      throw new AccessDeniedException("neither planner nor owner");
    }
    WalkPolicy.checkStatus(status, reason);
    repository.changeStatus(pointId, status, reason, staff.accountId());
    events.publishEvent(new WalkPointStatusChanged(municipality, pointId, staff.accountId()));
  }
}
