package se.trygghetsdialog.walk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.shared.MunicipalityId;

/** Reading walks: for staff in full, for the public without personal data or exact positions. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Walks {

  /**
   * A point as published: position snapped to the 50 m grid, no photo, no place name, and each text
   * withheld on its own when the screening flags it ({@code textWithheld} for the proposed action):
   * a flagged observation, never published, does not withhold a clean proposed action.
   */
  public record PublicPoint(
      UUID id,
      Coordinates position,
      UUID categoryId,
      boolean safe,
      String proposedAction,
      boolean textWithheld,
      UUID ownerId,
      PointPriority priority,
      LocalDate deadline,
      PointStatus status,
      String statusReason) {}

  /** A point of the earlier walk: its status when that protocol was published, and now. */
  public record Development(PublicPoint point, PointStatus then, PointStatus now) {}

  /** "Vad har hänt sedan sist": the earlier walk's points, counts per status now, the changes. */
  public record SinceLast(
      Walk earlier,
      List<Development> points,
      Map<PointStatus, Integer> countsNow,
      List<PointStatusChange> changes) {

    /** The category of one of the earlier walk's points, for the list of changes. */
    public @Nullable UUID categoryOf(UUID pointId) {
      return points.stream()
          .filter(d -> d.point().id().equals(pointId))
          .map(d -> d.point().categoryId())
          .findFirst()
          .orElse(null);
    }
  }

  private final WalkRepository repository;
  private final WalkShareRepository shares;
  private final WalkInvitees invitees;
  private final PlaceSettings placeSettings;
  private final PersonalDataScreener screener;

  public List<Walk> all(MunicipalityId municipality) {
    return repository.all(municipality);
  }

  public Optional<Walk> find(MunicipalityId municipality, UUID id) {
    return repository.find(municipality, id);
  }

  public List<RouteStop> stops(Walk walk) {
    return repository.stops(walk.id());
  }

  /**
   * The walks a member of staff may open: every walk for those who read all, else the walks their
   * organisation is invited to or has a point of shared with it (see {@link
   * WalkPolicy#maySeeWalk}).
   */
  public List<Walk> visibleTo(
      MunicipalityId municipality, StaffPrincipal staff, @Nullable UUID organisation) {
    List<Walk> all = all(municipality);
    if (WalkPolicy.mayReadAll(staff)) {
      return all;
    }
    if (organisation == null) {
      return List.of();
    }
    Set<UUID> inviting = new HashSet<>(repository.walksInviting(organisation));
    inviting.addAll(shares.walksSharedWith(municipality, organisation));
    return all.stream().filter(w -> inviting.contains(w.id())).toList();
  }

  public List<Invitee> invitees(Walk walk) {
    return invitees.of(walk);
  }

  /** Staff only: names, e-mail addresses and accessibility needs. */
  public List<Registration> registrations(Walk walk) {
    return repository.registrations(walk.id());
  }

  /** Staff only: exact positions, texts, photos. */
  public List<WalkPoint> points(Walk walk) {
    return repository.points(walk.id());
  }

  public List<PointStatusChange> changes(Walk walk) {
    return repository.changes(walk.id());
  }

  public List<ProtocolMail> mails(Walk walk) {
    return repository.mails(walk.id());
  }

  public Optional<Photo> photo(Walk walk, UUID pointId) {
    return repository.photo(walk.id(), pointId).map(p -> new Photo(p.contentType(), p.bytes()));
  }

  /** A staff-only photo, re-encoded when it was stored. */
  public record Photo(String contentType, byte[] bytes) {}

  /** The published protocol; empty until it has been sent. */
  public List<PublicPoint> publicProtocol(Walk walk) {
    if (!walk.published()) {
      return List.of();
    }
    return publicPoints(walk);
  }

  private List<PublicPoint> publicPoints(Walk walk) {
    MapSettings bounds = placeSettings.of(walk.municipalityId());
    HeatGrid grid = HeatGrid.over(bounds, HeatGrid.POSITION_CELL_METRES);
    return repository.points(walk.id()).stream().map(p -> toPublic(grid, p)).toList();
  }

  private PublicPoint toPublic(HeatGrid grid, WalkPoint p) {
    boolean actionWithheld = screener.screen(p.proposedAction()).flagged();
    boolean reasonWithheld = screener.screen(p.statusReason()).flagged();
    return new PublicPoint(
        p.id(),
        grid.snap(p.location()),
        p.categoryId(),
        p.safe(),
        actionWithheld ? "" : p.proposedAction(),
        actionWithheld,
        p.ownerId(),
        p.priority(),
        p.deadline(),
        p.status(),
        reasonWithheld ? "" : p.statusReason());
  }

  /** For a follow-up walk: what became of the earlier walk's points since it was published. */
  public Optional<SinceLast> sinceLast(Walk followUp) {
    if (followUp.previousWalkId() == null) {
      return Optional.empty();
    }
    return repository
        .find(followUp.municipalityId(), followUp.previousWalkId())
        .filter(Walk::published)
        .map(this::sinceLastOf);
  }

  private SinceLast sinceLastOf(Walk earlier) {
    OffsetDateTime then = earlier.protocolSentAt();
    List<PointStatusChange> all = repository.changes(earlier.id());
    Map<PointStatus, Integer> counts = new EnumMap<>(PointStatus.class);
    for (PointStatus status : PointStatus.values()) {
      counts.put(status, 0);
    }
    List<Development> developments =
        publicPoints(earlier).stream()
            .map(
                p -> {
                  PointStatus before = statusAt(all, p.id(), then);
                  counts.merge(p.status(), 1, Integer::sum);
                  return new Development(p, before, p.status());
                })
            .toList();
    List<PointStatusChange> since =
        all.stream().filter(c -> then == null || c.changedAt().isAfter(then)).toList();
    return new SinceLast(earlier, developments, counts, since);
  }

  private static PointStatus statusAt(
      List<PointStatusChange> changes, UUID pointId, @Nullable OffsetDateTime at) {
    PointStatus status = PointStatus.PLANNED;
    for (PointStatusChange change : changes) {
      if (change.pointId().equals(pointId) && (at == null || !change.changedAt().isAfter(at))) {
        status = change.status();
      }
    }
    return status;
  }
}
