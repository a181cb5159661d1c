package se.trygghetsdialog.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.ChangeStep;
import se.trygghetsdialog.dialogue.Charter;
import se.trygghetsdialog.dialogue.ConflictLevel;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.dialogue.DialogueRuleViolation;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.dialogue.ManageTeam;
import se.trygghetsdialog.dialogue.PlanSteps;
import se.trygghetsdialog.dialogue.StepPlan;
import se.trygghetsdialog.dialogue.TeamRole;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.ParticipationLadder;

/** Staff pages: record a decision and create a dialogue, fill the charter, team, plan, steps. */
@Controller
@RequestMapping("/personal/dialoger")
class DialogueStaffController {

  static final int MAX_TITLE = 150;
  static final int MAX_TEXT = 4000;

  private final Dialogues dialogues;
  private final DialogueViews views;
  private final CreateDialogue createDialogue;
  private final FillCharter fillCharter;
  private final ChangeStep changeStep;
  private final ManageTeam manageTeam;
  private final PlanSteps planSteps;
  private final Organisations organisations;
  private final Areas areas;
  private final ParticipationLadder ladder;
  private final StaffAccounts accounts;
  private final MessageSource messages;

  DialogueStaffController(
      Dialogues dialogues,
      DialogueViews views,
      CreateDialogue createDialogue,
      FillCharter fillCharter,
      ChangeStep changeStep,
      ManageTeam manageTeam,
      PlanSteps planSteps,
      Organisations organisations,
      Areas areas,
      ParticipationLadder ladder,
      StaffAccounts accounts,
      MessageSource messages) {
    this.dialogues = dialogues;
    this.views = views;
    this.createDialogue = createDialogue;
    this.fillCharter = fillCharter;
    this.changeStep = changeStep;
    this.manageTeam = manageTeam;
    this.planSteps = planSteps;
    this.organisations = organisations;
    this.areas = areas;
    this.ladder = ladder;
    this.accounts = accounts;
    this.messages = messages;
  }

  private static StaffPrincipal staff() {
    return StaffAccounts.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
  }

  private static StaffPrincipal viewer() {
    StaffPrincipal staff = staff();
    if (!DialoguePolicy.mayView(staff)) {
      throw new AccessDeniedException("may not view dialogues");
    }
    return staff;
  }

  private Dialogue dialogue(MunicipalityId municipality, UUID id) {
    return dialogues
        .find(municipality, new DialogueId(id))
        .orElseThrow(() -> new NotFoundException("dialogue"));
  }

  private Dialogue managed(MunicipalityId municipality, UUID id) {
    Dialogue dialogue = dialogue(municipality, id);
    if (!DialoguePolicy.mayManage(staff(), dialogues.team(municipality, dialogue.id()))) {
      throw new AccessDeniedException("may not manage this dialogue");
    }
    return dialogue;
  }

  // ---- list ----------------------------------------------------------------------------------

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int page,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = viewer();
    Dialogues.Page result = dialogues.list(municipality, null, null, page, 25);
    model.addAttribute("items", views.items(municipality, result.items(), ui.locale()));
    model.addAttribute("page", result);
    model.addAttribute("mayCreate", DialoguePolicy.mayCreate(staff));
    return "dialogue/staff/list";
  }

  // ---- create --------------------------------------------------------------------------------

  @GetMapping("/ny")
  String createForm(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    requireCreate();
    return renderCreate(
        municipality,
        CreateDialogueForm.blank(UUID.randomUUID().toString()),
        FormErrors.none(),
        model,
        ui);
  }

  private static void requireCreate() {
    if (!DialoguePolicy.mayCreate(staff())) {
      throw new AccessDeniedException("may not create dialogues");
    }
  }

  private String renderCreate(
      MunicipalityId municipality, CreateDialogueForm form, FormErrors errors, Model model, Ui ui) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "bodies",
        organisations.decidingBodies(municipality).stream()
            .map(
                o ->
                    new Option(
                        o.id().toString(),
                        o.name(),
                        o.id().toString().equals(form.decisionBodyId())))
            .toList());
    model.addAttribute(
        "areaOptions",
        areas.all(municipality).stream()
            .map(
                a ->
                    new Option(
                        a.id().toString(), a.name(), a.id().toString().equals(form.areaId())))
            .toList());
    model.addAttribute(
        "origins",
        Arrays.stream(TopicOrigin.values())
            .map(
                o ->
                    new Option(
                        o.name(), ui.e("dialogue.origin", o), o.name().equals(form.origin())))
            .toList());
    return "dialogue/staff/create";
  }

  @PostMapping("/ny")
  String create(
      MunicipalityId municipality,
      @ModelAttribute("form") CreateDialogueForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireCreate();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    String title = FormText.clean(form.title());
    String summary = FormText.clean(form.summary());
    String reference = FormText.clean(form.originReference());
    String paragraph = FormText.clean(form.decisionParagraph());
    String registration = FormText.clean(form.decisionRegistration());
    UUID token = FormText.uuid(form.creationToken());
    UUID body = FormText.uuid(form.decisionBodyId());
    UUID area = FormText.uuid(form.areaId());
    LocalDate date = FormText.date(form.decisionDate());
    TopicOrigin origin = parse(TopicOrigin.class, form.origin());
    required(
        errors,
        "title",
        title,
        MAX_TITLE,
        "dialogue.error.title.required",
        "dialogue.error.title.tooLong");
    required(
        errors,
        "summary",
        summary,
        MAX_TEXT,
        "dialogue.error.summary.required",
        "dialogue.error.summary.tooLong");
    if (FormText.clean(form.areaId()).length() > 0 && area == null) {
      errors.add("areaId", "dialogue.error.area.invalid");
    }
    if (origin == null) {
      errors.add("origin", "dialogue.error.origin.required");
    }
    if (reference.length() > 100) {
      errors.add("originReference", "dialogue.error.originReference.tooLong");
    } else if (origin == TopicOrigin.CITIZEN_PROPOSAL && reference.isEmpty()) {
      errors.add("originReference", "dialogue.error.originReference.required");
    }
    if (body == null) {
      errors.add("decisionBodyId", "dialogue.error.body.required");
    }
    if (FormText.clean(form.decisionDate()).isEmpty()) {
      errors.add("decisionDate", "dialogue.error.decisionDate.required");
    } else if (date == null) {
      errors.add("decisionDate", "dialogue.error.decisionDate.invalid");
    }
    required(
        errors,
        "decisionParagraph",
        paragraph,
        50,
        "dialogue.error.paragraph.required",
        "dialogue.error.paragraph.tooLong");
    required(
        errors,
        "decisionRegistration",
        registration,
        50,
        "dialogue.error.registration.required",
        "dialogue.error.registration.tooLong");
    if (token == null) {
      token = UUID.randomUUID();
    }
    if (!errors.any()) {
      try {
        DialogueId id =
            createDialogue.create(
                municipality,
                new CreateDialogue.Input(
                    token,
                    title,
                    summary,
                    area,
                    origin,
                    reference,
                    body,
                    date,
                    paragraph,
                    registration),
                staff());
        redirect.addFlashAttribute("notice", "dialogue.notice.created");
        return "redirect:/personal/dialoger/" + id;
      } catch (DialogueRuleViolation violation) {
        errors.add(violation.field(), violation.messageKey());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderCreate(municipality, form, errors.build(), model, ui);
  }

  private static void required(
      FormErrors.Builder errors,
      String field,
      String value,
      int max,
      String requiredKey,
      String tooLongKey) {
    if (value.isEmpty()) {
      errors.add(field, requiredKey);
    } else if (value.length() > max) {
      errors.add(field, tooLongKey);
    }
  }

  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // ---- manage --------------------------------------------------------------------------------

  @GetMapping("/{id}")
  String manage(MunicipalityId municipality, @PathVariable UUID id, Model model) {
    viewer();
    Dialogue dialogue = dialogue(municipality, id);
    return renderManage(municipality, dialogue, "", FormErrors.none(), model);
  }

  private String renderManage(
      MunicipalityId municipality,
      Dialogue dialogue,
      String feedback,
      FormErrors errors,
      Model model) {
    model.addAttribute("model", views.page(municipality, dialogue));
    model.addAttribute(
        "mayManage",
        DialoguePolicy.mayManage(staff(), dialogues.team(municipality, dialogue.id())));
    model.addAttribute("feedback", feedback);
    model.addAttribute("errors", errors);
    return "dialogue/staff/manage";
  }

  @PostMapping("/{id}/steg")
  String changeStep(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "version", defaultValue = "-1") int version,
      @RequestParam(name = "target", defaultValue = "") String target,
      @RequestParam(name = "feedback", defaultValue = "") String feedback,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Dialogue dialogue = managed(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    DialogueStep step = parse(DialogueStep.class, target);
    if (step == null) {
      errors.add("target", "dialogue.error.step.notNext");
    } else {
      try {
        changeStep.change(municipality, dialogue.id(), version, step, feedback, staff());
        redirect.addFlashAttribute("notice", "dialogue.notice.step");
        return "redirect:/personal/dialoger/" + id;
      } catch (DialogueRuleViolation violation) {
        errors.add(
            violation.field().isEmpty() ? "feedback" : violation.field(), violation.messageKey());
        if ("dialogue.error.stale".equals(violation.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return renderManage(
              municipality, dialogue(municipality, id), feedback, errors.build(), model);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderManage(municipality, dialogue, feedback, errors.build(), model);
  }

  // ---- charter -------------------------------------------------------------------------------

  @GetMapping("/{id}/stadga")
  String charterForm(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Dialogue dialogue = managed(municipality, id);
    return renderCharter(
        municipality,
        dialogue,
        CharterForm.of(dialogue.version(), dialogue.charter()),
        FormErrors.none(),
        model,
        ui);
  }

  private String renderCharter(
      MunicipalityId municipality,
      Dialogue dialogue,
      CharterForm form,
      FormErrors errors,
      Model model,
      Ui ui) {
    model.addAttribute("dialogue", dialogue);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "levels",
        ladder.levels(municipality).stream()
            .map(
                l ->
                    new Option(
                        l.id().toString(),
                        l.name().in(ui.locale()),
                        l.id().toString().equals(form.participationLevelId()),
                        l.explanation().in(ui.locale())))
            .toList());
    model.addAttribute(
        "conflictLevels",
        Arrays.stream(ConflictLevel.values())
            .map(
                c ->
                    new Option(
                        c.name(),
                        ui.e("dialogue.conflict", c),
                        c.name().equals(form.conflictLevel())))
            .toList());
    model.addAttribute(
        "influenceOptions",
        List.of(
            new Option(
                "yes",
                ui.t("dialogue.field.canBeInfluenced.yes"),
                "yes".equals(form.canBeInfluenced())),
            new Option(
                "no",
                ui.t("dialogue.field.canBeInfluenced.no"),
                "no".equals(form.canBeInfluenced()))));
    return "dialogue/staff/charter";
  }

  @PostMapping("/{id}/stadga")
  String fillCharter(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @ModelAttribute("form") CharterForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Dialogue dialogue = managed(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    String[] texts = {
      "purposeInfluence", form.purposeInfluence(),
      "purposeBasis", form.purposeBasis(),
      "localGoals", form.localGoals(),
      "influenceNote", form.influenceNote(),
      "conflictAnalysis", form.conflictAnalysis(),
      "targetGroups", form.targetGroups(),
      "rarelyHeardGroups", form.rarelyHeardGroups(),
      "documentationPlan", form.documentationPlan()
    };
    for (int i = 0; i < texts.length; i += 2) {
      if (FormText.clean(texts[i + 1]).length() > MAX_TEXT) {
        errors.add(texts[i], "dialogue.error.text.tooLong");
      }
    }
    String influence = FormText.clean(form.canBeInfluenced());
    if (!influence.isEmpty() && !influence.equals("yes") && !influence.equals("no")) {
      errors.add("canBeInfluenced", "dialogue.error.influence.invalid");
    }
    UUID level = FormText.uuid(form.participationLevelId());
    if (!FormText.clean(form.participationLevelId()).isEmpty() && level == null) {
      errors.add("participationLevelId", "dialogue.error.level.invalid");
    }
    ConflictLevel conflict = parse(ConflictLevel.class, form.conflictLevel());
    if (!FormText.clean(form.conflictLevel()).isEmpty() && conflict == null) {
      errors.add("conflictLevel", "dialogue.error.conflict.invalid");
    }
    String contact = FormText.clean(form.contactEmail());
    if (!contact.isEmpty() && !FormText.isEmail(contact)) {
      errors.add("contactEmail", "dialogue.error.email.invalid");
    }
    int version;
    try {
      version = Integer.parseInt(FormText.clean(form.version()));
    } catch (NumberFormatException e) {
      version = -1;
    }
    if (!errors.any()) {
      Charter charter =
          new Charter(
              FormText.clean(form.purposeInfluence()),
              FormText.clean(form.purposeBasis()),
              FormText.clean(form.localGoals()),
              influence.isEmpty() ? null : influence.equals("yes"),
              FormText.clean(form.influenceNote()),
              level,
              conflict,
              FormText.clean(form.conflictAnalysis()),
              FormText.clean(form.targetGroups()),
              FormText.clean(form.rarelyHeardGroups()),
              FormText.clean(form.documentationPlan()),
              contact);
      try {
        fillCharter.fill(municipality, dialogue.id(), version, charter, staff());
        redirect.addFlashAttribute("notice", "dialogue.notice.charter");
        return "redirect:/personal/dialoger/" + id;
      } catch (DialogueRuleViolation violation) {
        errors.add(
            violation.field().isEmpty() ? "purposeInfluence" : violation.field(),
            violation.messageKey());
        if ("dialogue.error.stale".equals(violation.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return renderCharter(municipality, dialogue, form, errors.build(), model, ui);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderCharter(municipality, dialogue, form, errors.build(), model, ui);
  }

  // ---- team ----------------------------------------------------------------------------------

  @GetMapping("/{id}/team")
  String teamForm(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Dialogue dialogue = managed(municipality, id);
    return renderTeam(municipality, dialogue, FormErrors.none(), model, ui);
  }

  private String renderTeam(
      MunicipalityId municipality, Dialogue dialogue, FormErrors errors, Model model, Ui ui) {
    List<Option> people = new ArrayList<>();
    List<StaffMember> candidates =
        new ArrayList<>(accounts.withRole(municipality, Role.PROCESS_LEADER));
    for (StaffMember member : accounts.withRole(municipality, Role.CONVERSATION_LEADER)) {
      if (candidates.stream().noneMatch(c -> c.id().equals(member.id()))) {
        candidates.add(member);
      }
    }
    for (StaffMember member : candidates) {
      people.add(new Option(member.id().toString(), member.displayName(), false));
    }
    model.addAttribute("dialogue", dialogue);
    model.addAttribute("team", dialogues.team(municipality, dialogue.id()));
    model.addAttribute("people", people);
    model.addAttribute(
        "roles",
        Arrays.stream(TeamRole.values())
            .map(r -> new Option(r.name(), ui.e("dialogue.teamRole", r), false))
            .toList());
    model.addAttribute("errors", errors);
    return "dialogue/staff/team";
  }

  @PostMapping("/{id}/team")
  String appoint(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "accountId", defaultValue = "") String accountId,
      @RequestParam(name = "teamRole", defaultValue = "") String teamRole,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Dialogue dialogue = managed(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    UUID account = FormText.uuid(accountId);
    TeamRole role = parse(TeamRole.class, teamRole);
    if (account == null) {
      errors.add("accountId", "dialogue.error.team.unknown");
    }
    if (role == null) {
      errors.add("teamRole", "dialogue.error.team.roleRequired");
    }
    if (!errors.any()) {
      try {
        manageTeam.appoint(municipality, dialogue.id(), account, role);
        redirect.addFlashAttribute("notice", "dialogue.notice.team");
        return "redirect:/personal/dialoger/" + id + "/team";
      } catch (DialogueRuleViolation violation) {
        errors.add(violation.field(), violation.messageKey());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderTeam(municipality, dialogue, errors.build(), model, ui);
  }

  @PostMapping("/{id}/team/{accountId}/ta-bort")
  String removeMember(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID accountId,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Dialogue dialogue = managed(municipality, id);
    try {
      manageTeam.remove(municipality, dialogue.id(), accountId);
      redirect.addFlashAttribute("notice", "dialogue.notice.team");
      return "redirect:/personal/dialoger/" + id + "/team";
    } catch (DialogueRuleViolation violation) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return renderTeam(
          municipality,
          dialogue,
          FormErrors.builder(messages, ui.locale())
              .add(violation.field(), violation.messageKey())
              .build(),
          model,
          ui);
    }
  }

  // ---- plan ----------------------------------------------------------------------------------

  @GetMapping("/{id}/tidsplan")
  String planForm(MunicipalityId municipality, @PathVariable UUID id, Model model) {
    Dialogue dialogue = managed(municipality, id);
    List<String[]> rows = new ArrayList<>();
    for (StepPlan step : dialogues.plan(municipality, dialogue.id())) {
      rows.add(
          new String[] {
            step.step().name(),
            step.start() == null ? "" : step.start().toString(),
            step.end() == null ? "" : step.end().toString()
          });
    }
    return renderPlan(dialogue, rows, FormErrors.none(), model);
  }

  private String renderPlan(
      Dialogue dialogue, List<String[]> rows, FormErrors errors, Model model) {
    model.addAttribute("dialogue", dialogue);
    model.addAttribute("rows", rows);
    model.addAttribute("errors", errors);
    return "dialogue/staff/plan";
  }

  @PostMapping("/{id}/tidsplan")
  String plan(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam java.util.Map<String, String> params,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Dialogue dialogue = managed(municipality, id);
    Locale locale = ui.locale();
    FormErrors.Builder errors = FormErrors.builder(messages, locale);
    List<StepPlan> plan = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (DialogueStep step : DialogueStep.values()) {
      String start = FormText.clean(params.get("start_" + step.name()));
      String end = FormText.clean(params.get("end_" + step.name()));
      rows.add(new String[] {step.name(), start, end});
      LocalDate startDate = FormText.date(start);
      LocalDate endDate = FormText.date(end);
      if (!start.isEmpty() && startDate == null) {
        errors.add("start_" + step.name(), "dialogue.error.plan.invalidDate");
      }
      if (!end.isEmpty() && endDate == null) {
        errors.add("end_" + step.name(), "dialogue.error.plan.invalidDate");
      }
      plan.add(new StepPlan(step, startDate, endDate));
    }
    if (!errors.any()) {
      try {
        planSteps.plan(municipality, dialogue.id(), plan);
        redirect.addFlashAttribute("notice", "dialogue.notice.plan");
        return "redirect:/personal/dialoger/" + id;
      } catch (DialogueRuleViolation violation) {
        errors.add(violation.field(), violation.messageKey());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderPlan(dialogue, rows, errors.build(), model);
  }
}
