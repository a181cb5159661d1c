package se.trygghetsdialog.walk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.walk.Meeting;
import se.trygghetsdialog.walk.PlanWalk;
import se.trygghetsdialog.walk.RouteStop;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkPolicy;
import se.trygghetsdialog.walk.WalkRuleViolation;
import se.trygghetsdialog.walk.Walks;

/**
 * Staff pages of trygghetsvandringar: the list of walks and the form that plans a walk (also as a
 * follow-up of an earlier walk).
 */
@Controller
class WalkPlanController {

  static final String BASE = WalkPages.BASE;

  private final Walks walks;
  private final PlanWalk planWalk;
  private final Areas areas;
  private final Organisations organisations;
  private final Dialogues dialogues;
  private final PlaceSettings placeSettings;
  private final WalkPages pages;
  private final WalkForms forms;
  private final MessageSource messages;

  WalkPlanController(
      Walks walks,
      PlanWalk planWalk,
      Areas areas,
      Organisations organisations,
      Dialogues dialogues,
      PlaceSettings placeSettings,
      WalkPages pages,
      WalkForms forms,
      MessageSource messages) {
    this.walks = walks;
    this.planWalk = planWalk;
    this.areas = areas;
    this.organisations = organisations;
    this.dialogues = dialogues;
    this.placeSettings = placeSettings;
    this.pages = pages;
    this.forms = forms;
    this.messages = messages;
  }

  @GetMapping(BASE)
  String list(MunicipalityId municipality, Model model) {
    StaffPrincipal staff = StaffAccounts.signedIn();
    // Only the walks this person may open: all for planners, the invited ones for owners' staff.
    model.addAttribute(
        "walks", walks.visibleTo(municipality, staff, pages.organisationOf(municipality, staff)));
    model.addAttribute("mayPlan", WalkPolicy.mayPlan(staff));
    return "walk/staff/list";
  }

  @GetMapping(BASE + "/ny")
  String planForm(
      MunicipalityId municipality,
      @RequestParam(name = "uppfoljning", required = false) @Nullable String previous,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    WalkPages.planner();
    WalkPlanForm form = WalkPlanForm.blank(null);
    UUID previousId = FormText.uuid(previous);
    if (previousId != null) {
      Walk earlier =
          walks.find(municipality, previousId).orElseThrow(() -> new NotFoundException("walk"));
      form = forms.followUp(earlier, ui);
    }
    return renderPlan(municipality, form, FormErrors.none(), model, ui);
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
    StaffPrincipal staff = WalkPages.planner();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    String title = FormText.clean(form.title());
    List<Meeting> meetings = new ArrayList<>();
    meetings.add(
        forms.meeting(1, form.meeting1Date(), form.meeting1Time(), form.meeting1Place(), errors));
    meetings.add(
        forms.meeting(2, form.meeting2Date(), form.meeting2Time(), form.meeting2Place(), errors));
    meetings.add(
        forms.meeting(3, form.meeting3Date(), form.meeting3Time(), form.meeting3Place(), errors));
    Integer max = null;
    try {
      max = Integer.parseInt(FormText.clean(form.maxWalkers()));
    } catch (NumberFormatException e) {
      errors.add("maxWalkers", "walk.error.maxWalkers.range");
    }
    List<RouteStop> stops = forms.stops(municipality, form.stops(), errors);
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
}
