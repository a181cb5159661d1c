package se.trygghetsdialog.walk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Sharing one walk point with another organisation than its owner (a partner such as the police or
 * a housing company): an explicit, audited act with a reason, by a walk planner or the staff of the
 * point's owner. The receiving organisation then reaches the walk's staff page and sees that point
 * (read only); ending the share takes it away again.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WalkPointSharing {

  /** The longest reason. */
  public static final int MAX_REASON = 1000;

  /** The share form. */
  public record ShareWith(
      @NotNull(message = "{walk.share.error.organisation}") UUID organisationId,
      @NotBlank(message = "{walk.share.error.reason}")
          @Size(max = MAX_REASON, message = "{walk.share.error.reason}")
          String reason) {}

  /** A point shared with an organisation, and why. */
  public record Share(UUID pointId, UUID organisationId, String reason, OffsetDateTime sharedAt) {}

  private final WalkShareRepository shares;
  private final WalkRepository walks;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;

  /**
   * The point of the walk, if the staff member may share it: planners and the staff of the point's
   * owner, as for its status ({@link WalkPolicy#mayChangeStatus}).
   *
   * @throws NotFoundException when the walk has no such point
   * @throws AccessDeniedException when the staff member may not share it
   */
  public WalkPoint shareable(
      Walk walk, UUID pointId, StaffPrincipal staff, @Nullable UUID staffOrganisation) {
    WalkPoint point =
        walks.points(walk.id()).stream()
            .filter(p -> p.id().equals(pointId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("walk point"));
    if (!WalkPolicy.mayChangeStatus(staff, staffOrganisation, point.ownerId())) {
      throw new AccessDeniedException("not your point to share");
    }
    return point;
  }

  /**
   * @throws WalkRuleViolation when the organisation is unknown, owns the point or already has it
   */
  @Transactional
  public void share(
      MunicipalityId municipality,
      Walk walk,
      UUID pointId,
      ShareWith command,
      StaffPrincipal staff,
      @Nullable UUID staffOrganisation) {
    WalkPoint point = shareable(walk, pointId, staff, staffOrganisation);
    UUID target = command.organisationId();
    if (organisations.find(municipality, target).isEmpty()) {
      throw new WalkRuleViolation("organisationId", "walk.share.error.organisation");
    }
    if (target.equals(point.ownerId())) {
      throw new WalkRuleViolation("organisationId", "walk.share.error.owner");
    }
    if (!shares.insert(
        municipality, walk.id(), point.id(), target, staff.accountId(), command.reason().strip())) {
      throw new WalkRuleViolation("organisationId", "walk.share.error.already");
    }
    events.publishEvent(
        new WalkPointShared(municipality, point.id(), target, staff.accountId(), true));
  }

  /** Ends a share: the organisation no longer sees the point. */
  @Transactional
  public void unshare(
      MunicipalityId municipality,
      Walk walk,
      UUID pointId,
      UUID organisation,
      StaffPrincipal staff,
      @Nullable UUID staffOrganisation) {
    WalkPoint point = shareable(walk, pointId, staff, staffOrganisation);
    if (shares.delete(municipality, point.id(), organisation)) {
      events.publishEvent(
          new WalkPointShared(municipality, point.id(), organisation, staff.accountId(), false));
    }
  }

  /** Every share of the walk's points, oldest first. */
  @Transactional(readOnly = true)
  public List<Share> ofWalk(Walk walk) {
    return shares.ofWalk(walk.municipalityId(), walk.id());
  }

  /** The walk's points shared with the organisation; none for staff without one. */
  @Transactional(readOnly = true)
  public Set<UUID> pointsSharedWith(Walk walk, @Nullable UUID organisation) {
    if (organisation == null) {
      return Set.of();
    }
    return ofWalk(walk).stream()
        .filter(s -> s.organisationId().equals(organisation))
        .map(Share::pointId)
        .collect(Collectors.toUnmodifiableSet());
  }
}
