package se.trygghetsdialog.walk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.place.Coordinates;
import se.trygghetsdialog.place.Gazetteer;
import se.trygghetsdialog.place.GazetteerEntry;
import se.trygghetsdialog.place.Photo;
import se.trygghetsdialog.place.PhotoSanitizer;
import se.trygghetsdialog.place.PlaceCategories;
import se.trygghetsdialog.place.PlaceRuleViolation;
import se.trygghetsdialog.place.PlaceSettings;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.SafeJson;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.walk.ChangePointStatus;
import se.trygghetsdialog.walk.Meeting;
import se.trygghetsdialog.walk.PlanWalk;
import se.trygghetsdialog.walk.PointPriority;
import se.trygghetsdialog.walk.PointStatus;
import se.trygghetsdialog.walk.RecordWalkPoint;
import se.trygghetsdialog.walk.RouteStop;
import se.trygghetsdialog.walk.SendWalkProtocol;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkPoint;
import se.trygghetsdialog.walk.WalkPolicy;
import se.trygghetsdialog.walk.WalkRuleViolation;
import se.trygghetsdialog.walk.Walks;

/**
 * Staff pages of trygghetsvandringar: plan a walk, see registrations, record the protocol on a
 * phone (plain form posts; {@code walk-protocol.js} adds an offline queue), send and publish it,
 * and change the status of points.
 */
@Controller
class WalkStaffController {

  static final String BASE = "/personal/trygghetsvandringar";

  private final Walks walks;
  private final PlanWalk planWalk;
  private final RecordWalkPoint recordPoint;
  private final SendWalkProtocol sendProtocol;
  private final ChangePointStatus changeStatus;
  private final Areas areas;
  private final Organisations organisations;
  private final Dialogues dialogues;
  private final Gazetteer gazetteer;
  private final PlaceCategories categories;
  private final PlaceSettings placeSettings;
  private final StaffAccounts accounts;
  private final WalkViews views;
  private final MessageSource messages;

  WalkStaffController(
      Walks walks,
      PlanWalk planWalk,
      RecordWalkPoint recordPoint,
      SendWalkProtocol sendProtocol,
      ChangePointStatus changeStatus,
      Areas areas,
      Organisations organisations,
      Dialogues dialogues,
      Gazetteer gazetteer,
      PlaceCategories categories,
      PlaceSettings placeSettings,
      StaffAccounts accounts,
      WalkViews views,
      MessageSource messages) {
    this.walks = walks;
    this.planWalk = planWalk;
    this.recordPoint = recordPoint;
    this.sendProtocol = sendProtocol;
    this.changeStatus = changeStatus;
    this.areas = areas;
    this.organisations = organisations;
    this.dialogues = dialogues;
    this.gazetteer = gazetteer;
    this.categories = categories;
    this.placeSettings = placeSettings;
    this.accounts = accounts;
    this.views = views;
    this.messages = messages;
  }

  private static StaffPrincipal planner() {
    return StaffAccounts.signedIn(WalkPolicy::mayPlan, "not a walk planner");
  }

  private Walk walk(MunicipalityId municipality, String id) {
    UUID uuid = FormText.uuid(id);
    if (uuid == null) {
      throw new NotFoundException("walk");
    }
    return walks.find(municipality, uuid).orElseThrow(() -> new NotFoundException("walk"));
  }

  private @Nullable UUID organisationOf(MunicipalityId municipality, StaffPrincipal staff) {
    return accounts
        .find(municipality, staff.accountId())
        .map(StaffMember::organisationId)
        .orElse(null);
  }

  /**
   * The signed-in staff member, if they may see this walk's staff page (planners, administrators,
   * and the staff of an invited organisation).
   *
   * @throws AccessDeniedException otherwise
   */
  private StaffPrincipal reader(MunicipalityId municipality, Walk walk) {
    StaffPrincipal staff = StaffAccounts.signedIn();
    List<UUID> invited = walks.invitees(walk).stream().map(i -> i.organisationId()).toList();
    if (!WalkPolicy.maySeeWalk(staff, organisationOf(municipality, staff), invited)) {
      throw new AccessDeniedException("neither planner nor invited");
    }
    return staff;
  }

  // ---- list and plan -------------------------------------------------------------------------

  @GetMapping(BASE)
  String list(MunicipalityId municipality, Model model) {
    StaffPrincipal staff = StaffAccounts.signedIn();
    // Only the walks this person may open: all for planners, the invited ones for owners' staff.
    model.addAttribute(
        "walks", walks.visibleTo(municipality, staff, organisationOf(municipality, staff)));
    model.addAttribute("mayPlan", WalkPolicy.mayPlan(staff));
    return "walk/staff/list";
  }

  @GetMapping(BASE + "/ny")
  String planForm(
      MunicipalityId municipality,
      @RequestParam(name = "uppfoljning", required = false) @Nullable String previous,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    planner();
    WalkPlanForm form = WalkPlanForm.blank(null);
    UUID previousId = FormText.uuid(previous);
    if (previousId != null) {
      Walk earlier =
          walks.find(municipality, previousId).orElseThrow(() -> new NotFoundException("walk"));
      form = prefilledFollowUp(earlier, ui);
    }
    return renderPlan(municipality, form, FormErrors.none(), model, ui);
  }

  private WalkPlanForm prefilledFollowUp(Walk earlier, Ui ui) {
    List<String> invited =
        walks.invitees(earlier).stream().map(i -> i.organisationId().toString()).toList();
    StringBuilder stops = new StringBuilder();
    for (RouteStop stop : walks.stops(earlier)) {
      stops.append(stop.name());
      if (stop.location() != null) {
        stops.append(
            String.format(
                Locale.ROOT,
                "; %.6f, %.6f",
                stop.location().latitude(),
                stop.location().longitude()));
      }
      stops.append('\n');
    }
    return new WalkPlanForm(
        ui.t("walk.plan.followUpTitle", earlier.title()),
        earlier.areaId() == null ? "" : earlier.areaId().toString(),
        earlier.description(),
        "",
        "18:00",
        earlier.introduction().place(),
        "",
        "18:00",
        earlier.walk().place(),
        "",
        "18:00",
        earlier.feedback().place(),
        invited,
        String.valueOf(earlier.maxWalkers()),
        stops.toString().strip(),
        earlier.dialogueId() == null ? "" : earlier.dialogueId().toString(),
        earlier.id().toString(),
        UUID.randomUUID().toString());
  }

  private String renderPlan(
      MunicipalityId municipality, WalkPlanForm form, FormErrors errors, Model model, Ui ui) {
    ui.csrfToken();
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    List<Option> areaOptions = new ArrayList<>();
    areas
        .all(municipality)
        .forEach(
            a ->
                areaOptions.add(
                    new Option(
                        a.id().toString(), a.name(), a.id().toString().equals(form.areaId()))));
    model.addAttribute("areas", areaOptions);
    List<Option> organisationOptions = new ArrayList<>();
    organisations.all(municipality).stream()
        .sorted(
            (a, b) ->
                a.kind().political() == b.kind().political()
                    ? a.name().compareTo(b.name())
                    : a.kind().political() ? 1 : -1)
        .forEach(
            o ->
                organisationOptions.add(
                    new Option(
                        o.id().toString(),
                        o.name(),
                        form.invited(o.id().toString()),
                        ui.e("walk.organisationKind", o.kind()))));
    model.addAttribute("organisations", organisationOptions);
    List<Option> dialogueOptions = new ArrayList<>();
    dialogues
        .list(municipality, null, null, 1, 100)
        .items()
        .forEach(
            d ->
                dialogueOptions.add(
                    new Option(
                        d.id().value().toString(),
                        d.title(),
                        d.id().value().toString().equals(form.dialogueId()))));
    model.addAttribute("dialogues", dialogueOptions);
    String previousTitle = "";
    UUID previousId = FormText.uuid(form.previousWalkId());
    if (previousId != null) {
      previousTitle = walks.find(municipality, previousId).map(Walk::title).orElse("");
    }
    model.addAttribute("previousTitle", previousTitle);
    model.addAttribute("map", placeSettings.of(municipality));
    return "walk/staff/plan";
  }

  @PostMapping(BASE + "/ny")
  String plan(
      MunicipalityId municipality,
      @ModelAttribute("form") WalkPlanForm form,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    StaffPrincipal staff = planner();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    String title = FormText.clean(form.title());
    List<Meeting> meetings = new ArrayList<>();
    meetings.add(
        meeting(1, form.meeting1Date(), form.meeting1Time(), form.meeting1Place(), errors));
    meetings.add(
        meeting(2, form.meeting2Date(), form.meeting2Time(), form.meeting2Place(), errors));
    meetings.add(
        meeting(3, form.meeting3Date(), form.meeting3Time(), form.meeting3Place(), errors));
    Integer max = null;
    try {
      max = Integer.parseInt(FormText.clean(form.maxWalkers()));
    } catch (NumberFormatException e) {
      errors.add("maxWalkers", "walk.error.maxWalkers.range");
    }
    List<RouteStop> stops = stops(municipality, form.stops(), errors);
    List<PlanWalk.Invitation> invitations = new ArrayList<>();
    for (String value : form.invitees() == null ? List.<String>of() : form.invitees()) {
      UUID id = FormText.uuid(value);
      if (id == null) {
        errors.add("invitees", "walk.error.invitee.unknown");
      } else {
        invitations.add(new PlanWalk.Invitation(id, ""));
      }
    }
    String dialogue = FormText.clean(form.dialogueId());
    UUID dialogueId = FormText.uuid(dialogue);
    if (!dialogue.isEmpty() && dialogueId == null) {
      errors.add("dialogueId", "walk.error.dialogue.unknown");
    }
    String area = FormText.clean(form.areaId());
    UUID areaId = FormText.uuid(area);
    if (!area.isEmpty() && areaId == null) {
      errors.add("areaId", "walk.error.area.unknown");
    }
    if (!errors.any() && max != null && meetings.stream().allMatch(m -> m != null)) {
      PlanWalk.Input input =
          new PlanWalk.Input(
              title,
              areaId,
              FormText.clean(form.description()),
              meetings,
              invitations,
              max,
              stops,
              dialogueId,
              FormText.uuid(form.previousWalkId()));
      // A form without a token (one from before tokens) is planned without the repeat guard.
      UUID token = FormText.uuid(form.creationToken());
      if (token != null) {
        Optional<UUID> existing = planWalk.plannedWith(municipality, token);
        if (existing.isPresent()) {
          // The same form sent again (a double tap, a resend): the walk it already created.
          return "redirect:" + BASE + "/" + existing.get();
        }
      }
      try {
        UUID id;
        try {
          id = planWalk.plan(municipality, input, staff, token);
        } catch (DuplicateKeyException race) {
          id = planWalk.plannedWith(municipality, token).orElseThrow(() -> race);
        }
        List<String> warnings = new ArrayList<>();
        for (WalkPolicy.GapWarning warning : WalkPolicy.gapWarnings(meetings)) {
          warnings.add(
              ui.t(
                  "walk.warning.gap",
                  warning.afterMeeting(),
                  warning.afterMeeting() + 1,
                  warning.days(),
                  WalkPolicy.MIN_GAP_DAYS,
                  WalkPolicy.MAX_GAP_DAYS));
        }
        redirect.addFlashAttribute("warnings", warnings);
        redirect.addFlashAttribute("notice", "walk.notice.planned");
        return "redirect:" + BASE + "/" + id;
      } catch (WalkRuleViolation violation) {
        errors.add(
            violation.field(),
            violation.messageKey(),
            violation.kinds().stream()
                .sorted()
                .map(kind -> ui.e("moderation.kind", kind))
                .collect(Collectors.joining(", ")));
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderPlan(municipality, form, errors.build(), model, ui);
  }

  private static @Nullable Meeting meeting(
      int n,
      @Nullable String date,
      @Nullable String time,
      @Nullable String place,
      FormErrors.Builder errors) {
    LocalDate day = FormText.date(date);
    if (day == null) {
      errors.add("meeting" + n + "Date", "walk.error.meeting.date");
      return null;
    }
    LocalTime at;
    try {
      at = LocalTime.parse(FormText.clean(time));
    } catch (DateTimeParseException e) {
      errors.add("meeting" + n + "Time", "walk.error.meeting.time");
      return null;
    }
    String where = FormText.clean(place);
    if (where.isEmpty()) {
      errors.add("meeting" + n + "Place", "walk.error.meeting.place");
    }
    return new Meeting(LocalDateTime.of(day, at), where);
  }

  /**
   * Stops, one a line: a name (looked up in the gazetteer) or {@code name; latitude, longitude}.
   */
  private List<RouteStop> stops(
      MunicipalityId municipality, @Nullable String text, FormErrors.Builder errors) {
    List<RouteStop> stops = new ArrayList<>();
    for (String raw : FormText.clean(text).split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() > 200) {
        errors.add("stops", "walk.error.stops.format");
        continue;
      }
      int semicolon = line.indexOf(';');
      if (semicolon >= 0) {
        String name = line.substring(0, semicolon).strip();
        String[] parts = line.substring(semicolon + 1).split("[,;]");
        Double lat = parts.length == 2 ? FormText.decimal(parts[0]) : null;
        Double lon = parts.length == 2 ? FormText.decimal(parts[1]) : null;
        if (name.isEmpty() || lat == null || lon == null) {
          errors.add("stops", "walk.error.stops.format");
          continue;
        }
        stops.add(new RouteStop(name, new Coordinates(lat, lon)));
      } else {
        Coordinates location =
            gazetteer.search(municipality, line).stream()
                .filter(e -> e.name().equalsIgnoreCase(line))
                .findFirst()
                .map(GazetteerEntry::location)
                .orElse(null);
        stops.add(new RouteStop(line, location));
      }
    }
    return stops;
  }

  // ---- one walk -----------------------------------------------------------------------------

  @GetMapping(BASE + "/{id}")
  String show(
      MunicipalityId municipality,
      @PathVariable String id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Walk walk = walk(municipality, id);
    reader(municipality, walk);
    @SuppressWarnings("unchecked")
    List<String> warnings =
        model.getAttribute("warnings") instanceof List<?> list ? (List<String>) list : List.of();
    return renderShow(municipality, walk, warnings, FormErrors.none(), "", model, ui);
  }

  private String renderShow(
      MunicipalityId municipality,
      Walk walk,
      List<String> warnings,
      FormErrors errors,
      String errorPoint,
      Model model,
      Ui ui) {
    ui.csrfToken();
    StaffPrincipal staff = StaffAccounts.signedIn();
    boolean all = WalkPolicy.mayReadAll(staff);
    @Nullable UUID organisation = organisationOf(municipality, staff);
    // An owner sees only the points their organisation owns.
    List<WalkPoint> points =
        walks.points(walk).stream()
            .filter(p -> WalkPolicy.maySeePoint(staff, organisation, p.ownerId()))
            .toList();
    model.addAttribute(
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
            views.names(municipality, ui),
            warnings,
            errors,
            errorPoint,
            all ? walks.sinceLast(walk).orElse(null) : null));
    model.addAttribute("mayPlan", WalkPolicy.mayPlan(staff));
    model.addAttribute(
        "statuses",
        Arrays.stream(PointStatus.values())
            .map(s -> new Option(s.name(), ui.e("walk.status", s), false))
            .toList());
    return "walk/staff/show";
  }

  @PostMapping(BASE + "/{id}/inbjudna/{organisation}")
  String changeEmail(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String organisation,
      @RequestParam(name = "email", defaultValue = "") String email,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    StaffPrincipal staff = planner();
    Walk walk = walk(municipality, id);
    UUID organisationId = FormText.uuid(organisation);
    if (organisationId == null) {
      throw new NotFoundException("organisation");
    }
    try {
      planWalk.changeInviteeEmail(
          municipality, walk.id(), organisationId, FormText.clean(email), staff);
      redirect.addFlashAttribute("notice", "walk.notice.emailSaved");
      return "redirect:" + BASE + "/" + walk.id() + "#inbjudna";
    } catch (WalkRuleViolation violation) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      FormErrors errors = FormErrors.builder(messages, ui.locale()).add(violation).build();
      return renderShow(municipality, walk, List.of(), errors, "", model, ui);
    }
  }

  private static String origin(HttpServletRequest request) {
    return request.getScheme()
        + "://"
        + request.getServerName()
        + (request.getServerPort() == 80 || request.getServerPort() == 443
            ? ""
            : ":" + request.getServerPort());
  }

  /**
   * The first send, and later the same protocol to owners who have not got it (an address was saved
   * since); with {@code version}, an amended protocol as a new version to every owner.
   */
  @PostMapping(BASE + "/{id}/skicka")
  String send(
      MunicipalityId municipality,
      @PathVariable String id,
      @RequestParam(name = "andrat", required = false) @Nullable String amendedFrom,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    StaffPrincipal staff = planner();
    Walk walk = walk(municipality, id);
    String origin = origin(request);
    String publicUrl = origin + "/trygghetsvandringar/" + walk.id() + "/protokoll";
    String staffUrl = origin + BASE + "/" + walk.id();
    try {
      SendWalkProtocol.Result result;
      if (amendedFrom == null) {
        result = sendProtocol.send(municipality, walk.id(), staff, publicUrl, staffUrl);
      } else {
        int expected;
        try {
          expected = Integer.parseInt(amendedFrom.strip());
        } catch (NumberFormatException e) {
          throw new WalkRuleViolation("", "walk.error.protocol.changed");
        }
        result = sendProtocol.amend(municipality, walk.id(), expected, staff, publicUrl, staffUrl);
      }
      List<String> warnings = new ArrayList<>();
      for (String owner : result.ownersWithoutEmail()) {
        warnings.add(ui.t("walk.warning.noEmail", owner));
      }
      redirect.addFlashAttribute("warnings", warnings);
      redirect.addFlashAttribute(
          "notice", amendedFrom == null ? "walk.notice.sent" : "walk.notice.amended");
      return "redirect:" + BASE + "/" + walk.id();
    } catch (WalkRuleViolation violation) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      FormErrors errors = FormErrors.builder(messages, ui.locale()).add(violation).build();
      return renderShow(municipality, walk, List.of(), errors, "", model, ui);
    }
  }

  @PostMapping(BASE + "/{id}/punkter/{point}/status")
  String status(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String point,
      @RequestParam(name = "status", defaultValue = "") String status,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    Walk walk = walk(municipality, id);
    StaffPrincipal staff = reader(municipality, walk);
    UUID pointId = FormText.uuid(point);
    if (pointId == null) {
      throw new NotFoundException("point");
    }
    PointStatus next = FormText.enumValue(PointStatus.class, status);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    if (next == null) {
      errors.add("status-" + pointId, "walk.error.status.required");
    } else {
      UUID organisation =
          accounts
              .find(municipality, staff.accountId())
              .map(StaffMember::organisationId)
              .orElse(null);
      try {
        changeStatus.change(
            municipality, walk.id(), pointId, next, FormText.clean(reason), staff, organisation);
        redirect.addFlashAttribute("notice", "walk.notice.statusChanged");
        return "redirect:" + BASE + "/" + walk.id() + "#punkt-" + pointId;
      } catch (WalkRuleViolation violation) {
        errors.add(violation.field() + "-" + pointId, violation.messageKey());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderShow(municipality, walk, List.of(), errors.build(), pointId.toString(), model, ui);
  }

  @GetMapping(BASE + "/{id}/punkter/{point}/foto")
  ResponseEntity<byte[]> photo(
      MunicipalityId municipality, @PathVariable String id, @PathVariable String point) {
    Walk walk = walk(municipality, id);
    StaffPrincipal staff = reader(municipality, walk);
    UUID pointId = FormText.uuid(point);
    if (pointId == null) {
      throw new NotFoundException("photo");
    }
    @Nullable UUID organisation = organisationOf(municipality, staff);
    if (walks.points(walk).stream()
        .noneMatch(
            p ->
                p.id().equals(pointId)
                    && WalkPolicy.maySeePoint(staff, organisation, p.ownerId()))) {
      throw new NotFoundException("photo");
    }
    Walks.Photo photo =
        walks.photo(walk, pointId).orElseThrow(() -> new NotFoundException("photo"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(photo.bytes());
  }

  // ---- protocol on the phone ------------------------------------------------------------------

  @GetMapping(BASE + "/{id}/protokoll")
  String protocol(
      MunicipalityId municipality,
      @PathVariable String id,
      @RequestParam(name = "q", required = false) @Nullable String query,
      @RequestParam(name = "plats", required = false) @Nullable String entry,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    planner();
    Walk walk = walk(municipality, id);
    WalkPointForm form =
        WalkPointForm.blank(UUID.randomUUID().toString(), walk.walkDate().plusMonths(3).toString());
    UUID entryId = FormText.uuid(entry);
    if (entryId != null) {
      GazetteerEntry chosen =
          gazetteer.find(municipality, entryId).orElseThrow(() -> new NotFoundException("place"));
      form =
          form.at(
              FormText.coordinate(chosen.location().latitude()),
              FormText.coordinate(chosen.location().longitude()),
              chosen.name());
    }
    String q = FormText.clean(query);
    return renderProtocol(
        municipality,
        walk,
        form,
        FormErrors.none(),
        q,
        query != null,
        q.isEmpty() ? List.of() : gazetteer.search(municipality, q),
        model,
        ui);
  }

  private String renderProtocol(
      MunicipalityId municipality,
      Walk walk,
      WalkPointForm form,
      FormErrors errors,
      String query,
      boolean searched,
      List<GazetteerEntry> results,
      Model model,
      Ui ui) {
    ui.csrfToken();
    List<ProtocolPage.CategoryGroup> groups = new ArrayList<>();
    for (PlaceCategories.Group group : categories.groups(municipality)) {
      String value = group.category().id().toString();
      groups.add(
          new ProtocolPage.CategoryGroup(
              value,
              group.category().name(ui.locale()),
              value.equals(form.categoryId()),
              group.children().stream()
                  .map(
                      c ->
                          new Option(
                              c.id().toString(),
                              c.name(ui.locale()),
                              c.id().toString().equals(form.categoryId())))
                  .toList()));
    }
    List<Option> owners =
        walks.invitees(walk).stream()
            .map(
                i ->
                    new Option(
                        i.organisationId().toString(),
                        i.name(),
                        i.organisationId().toString().equals(form.ownerId())))
            .toList();
    List<Option> priorities =
        Arrays.stream(PointPriority.values())
            .map(
                p ->
                    new Option(
                        p.name(), ui.e("walk.priority", p), p.name().equals(form.priority())))
            .toList();
    List<Option> safety =
        List.of(
            new Option("unsafe", ui.t("walk.point.unsafe"), "unsafe".equals(form.safety())),
            new Option("safe", ui.t("walk.point.safe"), "safe".equals(form.safety())));
    model.addAttribute(
        "page",
        new ProtocolPage(
            walk,
            form,
            errors,
            groups,
            owners,
            priorities,
            safety,
            walks.points(walk),
            views.names(municipality, ui),
            placeSettings.of(municipality),
            query,
            searched,
            results,
            walks.stops(walk).stream()
                .filter(stop -> stop.location() != null)
                .findFirst()
                .map(
                    stop ->
                        FormText.coordinate(stop.location().latitude())
                            + ","
                            + FormText.coordinate(stop.location().longitude()))
                .orElse("")));
    return "walk/staff/protocol";
  }

  private String kindsLabel(java.util.Set<PersonalDataKind> kinds) {
    Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    return kinds.stream()
        .sorted()
        .map(k -> messages.getMessage("moderation.kind." + k.name(), null, k.name(), locale))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** Whether the point form should offer to record texts that screening flagged anyway. */
  private boolean offerConfirm(WalkPointForm form) {
    return !form.confirmsScreened()
        && !recordPoint
            .personalData(
                FormText.clean(form.placeName()),
                FormText.clean(form.observation()),
                FormText.clean(form.proposedAction()))
            .isEmpty();
  }

  /** What a point form posted, checked; null (with errors added) when it cannot be recorded. */
  private RecordWalkPoint.@Nullable Input read(
      WalkPointForm form, @Nullable MultipartFile upload, FormErrors.Builder errors)
      throws IOException {
    UUID clientId = FormText.uuid(form.clientId());
    if (clientId == null) {
      errors.add("", "walk.error.clientId");
    }
    Double lat = FormText.decimal(form.latitude());
    Double lon = FormText.decimal(form.longitude());
    if (FormText.clean(form.latitude()).isEmpty() || FormText.clean(form.longitude()).isEmpty()) {
      errors.add("latitude", "walk.error.location.required");
    } else if (lat == null || lon == null) {
      errors.add("latitude", "walk.error.location.invalid");
    }
    UUID categoryId = FormText.uuid(form.categoryId());
    if (categoryId == null) {
      errors.add("categoryId", "walk.error.category.required");
    }
    String safety = FormText.clean(form.safety());
    if (!safety.equals("safe") && !safety.equals("unsafe")) {
      errors.add("safety", "walk.error.safety.required");
    }
    UUID ownerId = FormText.uuid(form.ownerId());
    if (ownerId == null) {
      errors.add("ownerId", "walk.error.owner.required");
    }
    PointPriority priority = FormText.enumValue(PointPriority.class, form.priority());
    if (priority == null) {
      errors.add("priority", "walk.error.priority.required");
    }
    LocalDate deadline = FormText.date(form.deadline());
    if (deadline == null) {
      errors.add("deadline", "walk.error.deadline.required");
    }
    Photo photo = null;
    if (upload != null && !upload.isEmpty()) {
      try {
        photo = PhotoSanitizer.sanitize(upload.getBytes(), upload.getContentType());
      } catch (PlaceRuleViolation violation) {
        errors.add("photo", violation.messageKey());
      }
    }
    if (!form.confirmsScreened()) {
      recordPoint
          .personalData(
              FormText.clean(form.placeName()),
              FormText.clean(form.observation()),
              FormText.clean(form.proposedAction()))
          .forEach(
              (field, kinds) ->
                  errors.add(field, "walk.error.text.personalData", kindsLabel(kinds)));
    }
    if (errors.any()) {
      return null;
    }
    return new RecordWalkPoint.Input(
        clientId,
        new Coordinates(lat, lon),
        FormText.clean(form.placeName()),
        categoryId,
        safety.equals("safe"),
        FormText.clean(form.observation()),
        FormText.clean(form.proposedAction()),
        ownerId,
        priority,
        deadline,
        photo);
  }

  @PostMapping(BASE + "/{id}/protokoll")
  String record(
      MunicipalityId municipality,
      @PathVariable String id,
      @ModelAttribute("form") WalkPointForm form,
      @RequestParam(name = "photo", required = false) @Nullable MultipartFile upload,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect)
      throws IOException {
    StaffPrincipal staff = planner();
    Walk walk = walk(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    RecordWalkPoint.Input input = read(form, upload, errors);
    if (input != null) {
      try {
        RecordWalkPoint.Result result = recordPoint.record(municipality, walk.id(), input, staff);
        redirect.addFlashAttribute(
            "notice", result.created() ? "walk.notice.pointSaved" : "walk.notice.pointExisted");
        return "redirect:" + BASE + "/" + walk.id() + "/protokoll";
      } catch (WalkRuleViolation violation) {
        errors.add(violation);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("offerConfirmScreened", offerConfirm(form));
    return renderProtocol(
        municipality, walk, form, errors.build(), "", false, List.of(), model, ui);
  }

  /**
   * The same as {@link #record} for the offline queue of {@code walk-protocol.js}: answers JSON,
   * 200 whether the point is new or was already stored (so a resend is harmless), 400 with the
   * messages when it cannot be stored.
   */
  @PostMapping(value = BASE + "/{id}/protokoll", headers = "X-Walk-Queue=1")
  @ResponseBody
  ResponseEntity<String> recordQueued(
      MunicipalityId municipality,
      @PathVariable String id,
      @ModelAttribute("form") WalkPointForm form,
      @RequestParam(name = "photo", required = false) @Nullable MultipartFile upload,
      @RequestHeader(name = "X-Walk-Direct", required = false) @Nullable String direct,
      HttpServletRequest request,
      HttpServletResponse response,
      @ModelAttribute("ui") Ui ui)
      throws IOException {
    StaffPrincipal staff = planner();
    Walk walk = walk(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    RecordWalkPoint.Input input = read(form, upload, errors);
    if (input != null) {
      try {
        RecordWalkPoint.Result result = recordPoint.record(municipality, walk.id(), input, staff);
        if ("1".equals(direct)) {
          // The script shows the protocol page next: the notice goes with it, as after a redirect.
          FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
          flash.put(
              "notice", result.created() ? "walk.notice.pointSaved" : "walk.notice.pointExisted");
          flash.setTargetRequestPath(BASE + "/" + walk.id() + "/protokoll");
          RequestContextUtils.saveOutputFlashMap(
              BASE + "/" + walk.id() + "/protokoll", request, response);
        }
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .body(SafeJson.write(Map.of("created", result.created())));
      } catch (WalkRuleViolation violation) {
        errors.add(violation);
      }
    }
    List<String> texts = new ArrayList<>();
    for (FormErrors.Item item : errors.build().items()) {
      texts.add(item.message());
    }
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(SafeJson.write(Map.of("errors", texts)));
  }
}
