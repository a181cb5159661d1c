package se.trygghetsdialog.walk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.walk.PointStatus;
import se.trygghetsdialog.walk.SendWalkProtocol;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkPoint;
import se.trygghetsdialog.walk.WalkPointSharing;
import se.trygghetsdialog.walk.WalkPolicy;
import se.trygghetsdialog.walk.Walks;

/**
 * What the staff walk controllers share: who may do what, finding the walk of a URL, and rendering
 * the staff page of one walk.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkPages {

  static final String BASE = "/personal/trygghetsvandringar";

  private final Walks walks;
  private final SendWalkProtocol sendProtocol;
  private final StaffAccounts accounts;
  private final WalkViews views;
  private final WalkPointSharing sharing;

  static StaffPrincipal planner() {
    return StaffAccounts.signedIn(WalkPolicy::mayPlan, "not a walk planner");
  }

  Walk walk(MunicipalityId municipality, String id) {
    return walk(municipality, id(id, "walk"));
  }

  Walk walk(MunicipalityId municipality, UUID id) {
    return walks.find(municipality, id).orElseThrow(() -> new NotFoundException("walk"));
  }

  /** The id in a URL; a mangled one is not found. */
  static UUID id(String value, String what) {
    UUID id = FormText.uuid(value);
    if (id == null) {
      throw new NotFoundException(what);
    }
    return id;
  }

  /**
   * The photo of a point, for those who may see the point (planners, administrators, the staff of
   * the point's owner and of an organisation it was shared with).
   *
   * @throws NotFoundException when there is none, or the reader may not see it
   */
  Walks.Photo photo(MunicipalityId municipality, Walk walk, String point) {
    StaffPrincipal staff = reader(municipality, walk);
    UUID pointId = id(point, "photo");
    @Nullable UUID organisation = organisationOf(municipality, staff);
    Set<UUID> shared = sharing.pointsSharedWith(walk, organisation);
    if (walks.points(walk).stream()
        .noneMatch(
            p ->
                p.id().equals(pointId)
                    && WalkPolicy.maySeePoint(
                        staff, organisation, p.ownerId(), shared.contains(p.id())))) {
      throw new NotFoundException("photo");
    }
    return walks.photo(walk, pointId).orElseThrow(() -> new NotFoundException("photo"));
  }

  /** Renders the staff page of one walk again with the errors of a form on it. */
  String renderShow(
      MunicipalityId municipality, Walk walk, FormErrors errors, String errorPoint, WebPage page) {
    return renderShow(municipality, walk, List.of(), errors, errorPoint, page);
  }

  @Nullable UUID organisationOf(MunicipalityId municipality, StaffPrincipal staff) {
    return accounts
        .find(municipality, staff.accountId())
        .map(StaffMember::organisationId)
        .orElse(null);
  }

  /**
   * The signed-in staff member, if they may see this walk's staff page (planners, administrators,
   * the staff of an invited organisation and of one a point of the walk was shared with).
   *
   * @throws AccessDeniedException otherwise
   */
  StaffPrincipal reader(MunicipalityId municipality, Walk walk) {
    StaffPrincipal staff = StaffAccounts.signedIn();
    @Nullable UUID organisation = organisationOf(municipality, staff);
    List<UUID> invited = new ArrayList<>();
    walks.invitees(walk).forEach(i -> invited.add(i.organisationId()));
    if (organisation != null && !sharing.pointsSharedWith(walk, organisation).isEmpty()) {
      invited.add(organisation);
    }
    if (!WalkPolicy.maySeeWalk(staff, organisation, invited)) {
      throw new AccessDeniedException("neither planner nor invited");
    }
    return staff;
  }

  /** Renders the staff page of one walk, with the given warnings and errors. */
  String renderShow(
      MunicipalityId municipality,
      Walk walk,
      List<String> warnings,
      FormErrors errors,
      String errorPoint,
      WebPage page) {
    page.ui().csrfToken();
    StaffPrincipal staff = StaffAccounts.signedIn();
    boolean all = WalkPolicy.mayReadAll(staff);
    @Nullable UUID organisation = organisationOf(municipality, staff);
    // An owner sees only the points their organisation owns, and those shared with it.
    Set<UUID> shared = sharing.pointsSharedWith(walk, organisation);
    List<WalkPoint> points =
        walks.points(walk).stream()
            .filter(
                p ->
                    WalkPolicy.maySeePoint(
                        staff, organisation, p.ownerId(), shared.contains(p.id())))
            .toList();
    Set<UUID> changeable =
        points.stream()
            .filter(p -> WalkPolicy.mayChangeStatus(staff, organisation, p.ownerId()))
            .map(WalkPoint::id)
            .collect(Collectors.toUnmodifiableSet());
    page.add(
        "page",
        new StaffWalkPage(
            walk,
            walks.stops(walk),
            walks.invitees(walk),
            // Only the count shows to non-planners (the template hides who they are).
            walks.registrations(walk),
            points,
            walks.changes(walk),
            all ? sendProtocol.state(walk) : null,
            views.names(municipality, page.ui()),
            warnings,
            errors,
            errorPoint,
            all ? walks.sinceLast(walk).orElse(null) : null,
            changeable));
    page.add("mayPlan", WalkPolicy.mayPlan(staff));
    page.add("statuses", Option.of(PointStatus.values(), "walk.status", null, page.ui()));
    return "walk/staff/show";
  }
}
