package se.trygghetsdialog.walk;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.moderation.ScreeningResult;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.validation.EmailAddress;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisations;

/** A coordinator or process leader plans a walk: meetings, invitees, capacity and route. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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

  /**
   * What the plan form sends, bound and validated by Spring MVC. The title, description and meeting
   * places were screened once when they were bound; the plan's rules use that screening.
   *
   * @param stops the route as typed, a stop a line; names without a position are looked up in the
   *     gazetteer
   * @param creationToken the plan form's token against planning one form twice; null plans without
   *     that guard
   */
  public record Command(
      @NotNull(message = "{walk.error.title.required}") ScreenedText title,
      @Nullable UUID areaId,
      @Nullable ScreenedText description,
      @NotNull(message = "{walk.error.meeting.date}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate meeting1Date,
      @NotNull(message = "{walk.error.meeting.time}") @DateTimeFormat(iso = ISO.TIME)
          LocalTime meeting1Time,
      @NotNull(message = "{walk.error.meeting.place}") ScreenedText meeting1Place,
      @NotNull(message = "{walk.error.meeting.date}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate meeting2Date,
      @NotNull(message = "{walk.error.meeting.time}") @DateTimeFormat(iso = ISO.TIME)
          LocalTime meeting2Time,
      @NotNull(message = "{walk.error.meeting.place}") ScreenedText meeting2Place,
      @NotNull(message = "{walk.error.meeting.date}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate meeting3Date,
      @NotNull(message = "{walk.error.meeting.time}") @DateTimeFormat(iso = ISO.TIME)
          LocalTime meeting3Time,
      @NotNull(message = "{walk.error.meeting.place}") ScreenedText meeting3Place,
      @Nullable List<UUID> invitees,
      @NotNull(message = "{walk.error.maxWalkers.range}") Integer maxWalkers,
      @Nullable WalkRoute stops,
      @Nullable UUID dialogueId,
      @Nullable UUID previousWalkId,
      @Nullable UUID creationToken) {

    /** The three meetings, in the form's order. */
    public List<Meeting> meetings() {
      return List.of(
          new Meeting(meeting1Date.atTime(meeting1Time), meeting1Place.text()),
          new Meeting(meeting2Date.atTime(meeting2Time), meeting2Place.text()),
          new Meeting(meeting3Date.atTime(meeting3Time), meeting3Place.text()));
    }

    /** What screening found in each bound text, by the text. */
    private Map<String, ScreeningResult> screenings() {
      Map<String, ScreeningResult> screened = new HashMap<>();
      Stream.of(title, description, meeting1Place, meeting2Place, meeting3Place)
          .filter(Objects::nonNull)
          .forEach(t -> screened.put(t.text(), t.screening()));
      return screened;
    }
  }

  /**
   * The walk a plan form planned; {@code created} is false when the same form had planned it
   * before. {@code gaps} are the meeting gaps outside 2–3 weeks, to warn about.
   */
  public record Planned(UUID id, boolean created, List<WalkPolicy.GapWarning> gaps) {}

  private final WalkRepository repository;
  private final PlaceSettings placeSettings;
  private final Areas areas;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final PersonalDataScreener screener;
  private final Dialogues dialogues;
  private final Gazetteer gazetteer;
  private final TransactionTemplate transactions;

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
  private static void screenText(
      String field, String text, Function<String, ScreeningResult> screen) {
    if (text.isBlank()) {
      return;
    }
    ScreeningResult result = screen.apply(text);
    if (result.flagged()) {
      throw new WalkRuleViolation(field, "walk.error.personalData", result.kinds());
    }
  }

  private static void screenPlaceName(
      String field, String text, Function<String, ScreeningResult> screen) {
    if (text.isBlank()) {
      return;
    }
    Set<PersonalDataKind> found = EnumSet.noneOf(PersonalDataKind.class);
    found.addAll(screen.apply(text).kinds());
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
    return plan(municipality, input, staff, creationToken, screener::screen);
  }

  /**
   * Plans the walk a plan form asks for, once per form: the same form sent again (a double tap, a
   * resend, or two at once) answers with the walk the first one planned. The form's texts are not
   * screened again; only the route's stop names are screened here.
   *
   * @throws WalkRuleViolation on the first rule broken
   */
  public Planned plan(MunicipalityId municipality, Command command, StaffPrincipal staff) {
    UUID token = command.creationToken();
    Optional<UUID> planned = token == null ? Optional.empty() : plannedWith(municipality, token);
    if (planned.isPresent()) {
      return new Planned(planned.get(), false, List.of());
    }
    Input input = input(municipality, command);
    Map<String, ScreeningResult> screened = command.screenings();
    Function<String, ScreeningResult> screen = t -> screened.computeIfAbsent(t, screener::screen);
    try {
      UUID id =
          Objects.requireNonNull(
              transactions.execute(s -> plan(municipality, input, staff, token, screen)));
      return new Planned(id, true, WalkPolicy.gapWarnings(input.meetings()));
    } catch (DuplicateKeyException race) {
      // Two sends of one form at once: the other one planned it.
      return new Planned(
          plannedWith(municipality, token).orElseThrow(() -> race), false, List.of());
    }
  }

  private Input input(MunicipalityId municipality, Command command) {
    List<RouteStop> stops =
        command.stops() == null
            ? List.of()
            : command.stops().stops().stream()
                .map(s -> s.location() == null ? located(municipality, s.name()) : s)
                .toList();
    return new Input(
        command.title().text(),
        command.areaId(),
        command.description() == null ? "" : command.description().text(),
        command.meetings(),
        command.invitees() == null
            ? List.of()
            : command.invitees().stream().map(id -> new Invitation(id, "")).toList(),
        command.maxWalkers(),
        stops,
        command.dialogueId(),
        command.previousWalkId());
  }

  /** A stop by name, at the gazetteer's place of exactly that name if there is one. */
  private RouteStop located(MunicipalityId municipality, String name) {
    Coordinates location =
        gazetteer.search(municipality, name).stream()
            .filter(e -> e.name().equalsIgnoreCase(name))
            .findFirst()
            .map(GazetteerEntry::location)
            .orElse(null);
    return new RouteStop(name, location);
  }

  private UUID plan(
      MunicipalityId municipality,
      Input input,
      StaffPrincipal staff,
      @Nullable UUID creationToken,
      Function<String, ScreeningResult> screen) {
    WalkPolicy.checkPlanner(staff);
    if (creationToken != null) {
      Optional<UUID> existing = repository.byCreationToken(municipality, creationToken);
      if (existing.isPresent()) {
        return existing.get();
      }
    }
    check(municipality, input, screen);
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
    check(municipality, input, screener::screen);
  }

  private void check(
      MunicipalityId municipality, Input input, Function<String, ScreeningResult> screen) {
    if (input.title().isBlank()) {
      throw new WalkRuleViolation("title", "walk.error.title.required");
    }
    if (input.title().length() > WalkPolicy.MAX_TITLE) {
      throw new WalkRuleViolation("title", "walk.error.text.tooLong");
    }
    if (input.description().length() > WalkPolicy.MAX_TEXT) {
      throw new WalkRuleViolation("description", "walk.error.text.tooLong");
    }
    screenText("title", input.title(), screen);
    screenText("description", input.description(), screen);
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
      screenPlaceName("meeting" + (i + 1) + "Place", place, screen);
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
      screenPlaceName("stops", stop.name(), screen);
    }
    MapSettings bounds = placeSettings.of(municipality);
    for (RouteStop stop : input.stops()) {
      if (stop.location() != null) {
        WalkPolicy.checkWithin(bounds, "stops", stop.location());
      }
    }
  }

  /** What an invitee's address form sends: the address, or blank for none. */
  public record InviteeAddress(
      @Nullable @EmailAddress(message = "{walk.error.email.invalid}") String email) {}

  /** Sets the address an invitee's address form gives. */
  @Transactional
  public void changeInviteeEmail(
      MunicipalityId municipality,
      UUID walkId,
      UUID organisationId,
      InviteeAddress command,
      StaffPrincipal staff) {
    changeInviteeEmail(
        municipality, walkId, organisationId, FormText.clean(command.email()), staff);
  }

  /** Sets the address an invited organisation's share of the protocol goes to. */
  @Transactional
  public void changeInviteeEmail(
      MunicipalityId municipality,
      UUID walkId,
      UUID organisationId,
      String email,
      StaffPrincipal staff) {
    WalkPolicy.checkPlanner(staff);
    repository.require(municipality, walkId);
    if (!email.isEmpty() && !FormText.isEmail(email)) {
      throw new WalkRuleViolation("email", "walk.error.email.invalid");
    }
    repository.updateInviteeEmail(walkId, organisationId, email);
  }
}
