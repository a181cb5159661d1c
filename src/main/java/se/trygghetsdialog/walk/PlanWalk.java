package se.trygghetsdialog.walk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.place.MapSettings;
import se.trygghetsdialog.place.PlaceSettings;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisations;

/** A coordinator or process leader plans a walk: meetings, invitees, capacity and route. */
@Service
public class PlanWalk {

  /** An invited organisation and the address its share of the protocol goes to ('' if none). */
  public record Invitation(UUID organisationId, String email) {}

  public record Input(
      String title,
      @Nullable UUID areaId,
      String description,
      List<Meeting> meetings,
      List<Invitation> invitations,
      int maxWalkers,
      List<RouteStop> stops,
      @Nullable UUID dialogueId,
      @Nullable UUID previousWalkId) {}

  private final WalkRepository repository;
  private final PlaceSettings placeSettings;
  private final Areas areas;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;

  PlanWalk(
      WalkRepository repository,
      PlaceSettings placeSettings,
      Areas areas,
      Organisations organisations,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.placeSettings = placeSettings;
    this.areas = areas;
    this.organisations = organisations;
    this.events = events;
  }

  /**
   * @throws WalkRuleViolation on the first rule broken
   */
  @Transactional
  public UUID plan(MunicipalityId municipality, Input input, StaffPrincipal staff) {
    if (!WalkPolicy.mayPlan(staff)) {
      throw new AccessDeniedException("not a walk planner");
    }
    check(municipality, input);
    UUID id = UUID.randomUUID();
    repository.insert(id, municipality, input, staff.accountId());
    events.publishEvent(new WalkPlanned(municipality, id, staff.accountId()));
    return id;
  }

  /** All rules of a plan, without storing anything. */
  public void check(MunicipalityId municipality, Input input) {
    if (input.title().isBlank()) {
      throw new WalkRuleViolation("title", "walk.error.title.required");
    }
    if (input.title().length() > WalkPolicy.MAX_TITLE) {
      throw new WalkRuleViolation("title", "walk.error.text.tooLong");
    }
    if (input.description().length() > WalkPolicy.MAX_TEXT) {
      throw new WalkRuleViolation("description", "walk.error.text.tooLong");
    }
    if (input.areaId() != null && areas.find(municipality, input.areaId()).isEmpty()) {
      throw new WalkRuleViolation("areaId", "walk.error.area.unknown");
    }
    if (input.previousWalkId() != null
        && repository.find(municipality, input.previousWalkId()).isEmpty()) {
      // A follow-up of a walk that is not this municipality's (or no walk at all).
      throw new WalkRuleViolation("", "walk.error.previous.unknown");
    }
    WalkPolicy.checkMeetingOrder(input.meetings());
    for (int i = 0; i < input.meetings().size(); i++) {
      String place = input.meetings().get(i).place();
      if (place.isBlank() || place.length() > WalkPolicy.MAX_TITLE) {
        throw new WalkRuleViolation("meeting" + (i + 1) + "Place", "walk.error.meeting.place");
      }
    }
    WalkPolicy.checkMaxWalkers(input.maxWalkers());
    Set<UUID> seen = new HashSet<>();
    for (Invitation invitation : input.invitations()) {
      if (organisations.find(municipality, invitation.organisationId()).isEmpty()
          || !seen.add(invitation.organisationId())) {
        throw new WalkRuleViolation("invitees", "walk.error.invitee.unknown");
      }
      if (!invitation.email().isEmpty() && !FormText.isEmail(invitation.email())) {
        throw new WalkRuleViolation("invitees", "walk.error.email.invalid");
      }
    }
    if (input.invitations().isEmpty()) {
      throw new WalkRuleViolation("invitees", "walk.error.invitee.required");
    }
    if (input.stops().size() > WalkPolicy.MAX_STOPS) {
      throw new WalkRuleViolation("stops", "walk.error.stops.tooMany");
    }
    MapSettings bounds = placeSettings.of(municipality);
    for (RouteStop stop : input.stops()) {
      if (stop.location() != null) {
        WalkPolicy.checkWithin(bounds, "stops", stop.location());
      }
    }
  }

  /** Sets the address an invited organisation's share of the protocol goes to. */
  @Transactional
  public void changeInviteeEmail(
      MunicipalityId municipality,
      UUID walkId,
      UUID organisationId,
      String email,
      StaffPrincipal staff) {
    if (!WalkPolicy.mayPlan(staff)) {
      throw new AccessDeniedException("not a walk planner");
    }
    repository
        .find(municipality, walkId)
        .orElseThrow(() -> new WalkRuleViolation("", "walk.error.notFound"));
    if (!email.isEmpty() && !FormText.isEmail(email)) {
      throw new WalkRuleViolation("email-" + organisationId, "walk.error.email.invalid");
    }
    repository.updateInviteeEmail(walkId, organisationId, email);
  }
}
