package se.trygghetsdialog.dialogue.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.dialogue.ManageTeam;
import se.trygghetsdialog.dialogue.PlanSteps;
import se.trygghetsdialog.dialogue.StepPlan;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Staff pages of the dialogue team's own work: the charter of step 1, the plan and the team. */
@Controller
@RequestMapping("/personal/dialoger")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialoguePreparationController {

  private final DialogueAccess access;
  private final FillCharter fillCharter;
  private final PlanSteps planSteps;
  private final ManageTeam manageTeam;
  private final DialogueStaffPages pages;
  private final FormSubmissions forms;
  private final DialogueForms dialogueForms;

  @GetMapping("/{id}/stadga")
  String charterForm(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    Dialogue dialogue = access.managed(municipality, id);
    CharterForm form = CharterForm.of(dialogue.version(), dialogue.charter());
    return pages.charter(municipality, dialogue, form, FormErrors.none(), page);
  }

  @PostMapping("/{id}/stadga")
  String fillCharter(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("fillCharter") FillCharter.Command command,
      BindingResult binding,
      @ModelAttribute("form") CharterForm form,
      WebPage page) {
    Dialogue dialogue = access.managed(municipality, id);
    return dialogueForms.submit(
        municipality,
        dialogue,
        binding,
        d -> fillCharter.fill(municipality, d, command, DialogueAccess.staff()),
        "dialogue.notice.charter",
        page,
        (now, errors) -> pages.charter(municipality, now, form, errors, page));
  }

  @GetMapping("/{id}/tidsplan")
  String planForm(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    Dialogue dialogue = access.managed(municipality, id);
    return pages.plan(dialogue, pages.planRows(municipality, dialogue), FormErrors.none(), page);
  }

  /** The form has two date fields a step, {@code start_STEP} and {@code end_STEP}. */
  @PostMapping("/{id}/tidsplan")
  String plan(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam Map<String, String> params,
      WebPage page) {
    Dialogue dialogue = access.managed(municipality, id);
    List<String[]> rows = DialogueStaffPages.planRows(params);
    BindingResult binding = new MapBindingResult(params, "planSteps");
    List<StepPlan> plan = DialogueStaffPages.plan(rows, binding);
    return dialogueForms.submit(
        municipality,
        dialogue,
        binding,
        d -> planSteps.plan(municipality, d, plan),
        "dialogue.notice.plan",
        page,
        (now, errors) -> pages.plan(now, rows, errors, page));
  }

  @GetMapping("/{id}/team")
  String teamForm(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    Dialogue dialogue = access.managed(municipality, id);
    return pages.team(municipality, dialogue, FormErrors.none(), page);
  }

  @PostMapping("/{id}/team")
  String appoint(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("manageTeam") ManageTeam.Command command,
      BindingResult binding,
      WebPage page) {
    Team team = new Team(municipality, access.managed(municipality, id), page);
    return change(team, binding, d -> manageTeam.appoint(municipality, d, command));
  }

  @PostMapping("/{id}/team/{accountId}/ta-bort")
  String removeMember(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID accountId,
      WebPage page) {
    Team team = new Team(municipality, access.managed(municipality, id), page);
    return change(
        team,
        new MapBindingResult(Map.of(), "removeMember"),
        d -> manageTeam.remove(municipality, d, accountId));
  }

  /** The team page a form was sent from. */
  private record Team(MunicipalityId municipality, Dialogue dialogue, WebPage page) {}

  /**
   * A change to the team: done, back to the team page with a notice; refused, the team page again
   * with the errors.
   */
  private String change(Team team, BindingResult binding, Consumer<DialogueId> change) {
    Dialogue dialogue = team.dialogue();
    return forms.submit(
        binding,
        () -> {
          change.accept(dialogue.id());
          return team.page()
              .redirect("dialogue.notice.team", "/personal/dialoger/" + dialogue.id() + "/team");
        },
        errors -> pages.team(team.municipality(), dialogue, errors, team.page()));
  }
}
