package se.trygghetsdialog.walk;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreeningResult;
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
  private final PersonalDataScreener screener;
  private final Dialogues dialogues;

  PlanWalk(
      WalkRepository repository,
      PlaceSettings placeSettings,
      Areas areas,
      Organisations organisations,
      ApplicationEventPublisher events,
      PersonalDataScreener screener,
      Dialogues dialogues) {
    this.repository = repository;
    this.placeSettings = placeSettings;
    this.areas = areas;
    this.organisations = organisations;
    this.events = events;
    this.screener = screener;
    this.dialogues = dialogues;
  }

  /**
   * Kinds refused in place names (meeting places, stops): a street address is what a place name may
   * well be, but a phone number, e-mail address or personnummer never is.
   */
  private static final Set<PersonalDataKind> NOT_IN_PLACE_NAMES =
      EnumSet.of(
          PersonalDataKind.PHONE_NUMBER,
          PersonalDataKind.EMAIL_ADDRESS,
          PersonalDataKind.PERSONAL_IDENTITY_NUMBER,
          PersonalDataKind.COORDINATION_NUMBER);

  /** The title and description are published: no personal data of any kind. */
  private void screenText(String field, String text) {
    if (text.isBlank()) {
      return;
    }
    ScreeningResult result = screener.screen(text);
    if (result.flagged()) {
      throw new WalkRuleViolation(field, "walk.error.personalData", result.kinds());
    }
  }

  private void screenPlaceName(String field, String text) {
    if (text.isBlank()) {
      return;
    }
    Set<PersonalDataKind> found = EnumSet.noneOf(PersonalDataKind.class);
    found.addAll(screener.screen(text).kinds());
    found.retainAll(NOT_IN_PLACE_NAMES);
    if (!found.isEmpty()) {
      throw new WalkRuleViolation(field, "walk.error.personalData.place", found);
    }
  }

  /**
   * @throws WalkRuleViolation on the first rule broken
   */
  @Transactional
  public UUID plan(MunicipalityId municipality, Input input, StaffPrincipal staff) {
    return plan(municipality, input, staff, null);
  }

  /**
   * Plans a walk once per plan form: a repeated submit with the same {@code creationToken} returns
   * the walk the first one created (a race between two submits ends at the unique index, {@link
   * org.springframework.dao.DuplicateKeyException}; {@link #plannedWith} then finds the walk).
   *
   * @param creationToken the plan form's token; null plans without that guard
   * @throws WalkRuleViolation on the first rule broken
   */
  @Transactional
  public UUID plan(
      MunicipalityId municipality,
      Input input,
      StaffPrincipal staff,
      @Nullable UUID creationToken) {
    if (!WalkPolicy.mayPlan(staff)) {
      throw new AccessDeniedException("not a walk planner");
    }
    if (creationToken != null) {
      Optional<UUID> existing = repository.byCreationToken(municipality, creationToken);
      if (existing.isPresent()) {
        return existing.get();
      }
    }
    check(municipality, input);
    UUID id = UUID.randomUUID();
    repository.insert(id, municipality, input, staff.accountId(), creationToken);
    events.publishEvent(new WalkPlanned(municipality, id, staff.accountId()));
    return id;
  }

  /** The walk a plan form with this token has created, if any. */
  public Optional<UUID> plannedWith(MunicipalityId municipality, UUID creationToken) {
    return repository.byCreationToken(municipality, creationToken);
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
    screenText("title", input.title());
    screenText("description", input.description());
    if (input.areaId() != null && areas.find(municipality, input.areaId()).isEmpty()) {
      throw new WalkRuleViolation("areaId", "walk.error.area.unknown");
    }
    if (input.dialogueId() != null
        && dialogues.find(municipality, new DialogueId(input.dialogueId())).isEmpty()) {
      // Not a dialogue of this municipality (or no dialogue at all).
      throw new WalkRuleViolation("dialogueId", "walk.error.dialogue.unknown");
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
      screenPlaceName("meeting" + (i + 1) + "Place", place);
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
    for (RouteStop stop : input.stops()) {
      screenPlaceName("stops", stop.name());
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
