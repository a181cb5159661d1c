package se.trygghetsdialog.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueRuleViolation;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.PlanSteps;
import se.trygghetsdialog.dialogue.StepPlan;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page for the planned dates of each step. */
@Controller
@RequestMapping("/personal/dialoger")
class DialoguePlanController {

  private final DialogueAccess access;
  private final Dialogues dialogues;
  private final PlanSteps planSteps;
  private final MessageSource messages;

  DialoguePlanController(
      DialogueAccess access, Dialogues dialogues, PlanSteps planSteps, MessageSource messages) {
    this.access = access;
    this.dialogues = dialogues;
    this.planSteps = planSteps;
    this.messages = messages;
  }

  @GetMapping("/{id}/tidsplan")
  String planForm(MunicipalityId municipality, @PathVariable UUID id, Model model) {
    Dialogue dialogue = access.managed(municipality, id);
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
    Dialogue dialogue = access.managed(municipality, id);
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
        errors.add(violation);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderPlan(dialogue, rows, errors.build(), model);
  }
}
