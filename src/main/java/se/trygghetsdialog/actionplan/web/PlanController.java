package se.trygghetsdialog.actionplan.web;

import static se.trygghetsdialog.actionplan.web.Forms.manager;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.actionplan.ActionPlanRuleViolation;
import se.trygghetsdialog.actionplan.ActionPlans;
import se.trygghetsdialog.actionplan.AdoptActionPlan;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page adopting a new version of the åtgärdsplan. */
@Controller
@RequestMapping("/personal/atgarder")
class PlanController {

  private final PlanPages pages;
  private final ActionPlans plans;
  private final AdoptActionPlan adoptPlan;
  private final MessageSource messages;

  PlanController(
      PlanPages pages, ActionPlans plans, AdoptActionPlan adoptPlan, MessageSource messages) {
    this.pages = pages;
    this.plans = plans;
    this.adoptPlan = adoptPlan;
    this.messages = messages;
  }

  @GetMapping("/atgardsplan")
  String planForm(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    manager();
    var current = plans.current(municipality);
    PlanForm form =
        new PlanForm(
            String.valueOf(plans.nextVersionNumber(municipality)),
            current.map(p -> p.title()).orElse(""),
            current.map(p -> p.introduction()).orElse(""),
            "",
            "",
            "",
            "",
            current
                .map(p -> p.items().stream().map(i -> i.measureId().toString()).toList())
                .orElse(List.of()));
    return renderPlan(municipality, form, FormErrors.none(), model);
  }

  private String renderPlan(
      MunicipalityId municipality, PlanForm form, FormErrors errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("measureOptions", pages.measureOptions(municipality, form.measures()));
    return "actionplan/staff/plan";
  }

  @PostMapping("/atgardsplan")
  String adopt(
      MunicipalityId municipality,
      @RequestParam(name = "expectedVersion", defaultValue = "") String expectedVersion,
      @RequestParam(name = "title", defaultValue = "") String title,
      @RequestParam(name = "introduction", defaultValue = "") String introduction,
      @RequestParam(name = "body", defaultValue = "") String body,
      @RequestParam(name = "decidedOn", defaultValue = "") String decidedOn,
      @RequestParam(name = "paragraph", defaultValue = "") String paragraph,
      @RequestParam(name = "registrationNumber", defaultValue = "") String registration,
      @RequestParam(name = "measures", required = false) List<String> chosen,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    List<String> selected = chosen == null ? List.of() : chosen;
    PlanForm form =
        new PlanForm(
            expectedVersion,
            title,
            introduction,
            body,
            decidedOn,
            paragraph,
            registration,
            selected);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    LocalDate date = FormText.date(decidedOn);
    if (FormText.clean(title).isEmpty()) {
      errors.add("title", "measure.error.plan.title.required");
    } else if (title.length() > 200) {
      errors.add("title", "measure.error.text.tooLong");
    }
    if (introduction.length() > PlanPages.MAX_TEXT) {
      errors.add("introduction", "measure.error.text.tooLong");
    }
    if (FormText.clean(body).isEmpty()) {
      errors.add("body", "measure.error.decision.body.required");
    }
    if (FormText.clean(decidedOn).isEmpty()) {
      errors.add("decidedOn", "measure.error.decision.date.required");
    } else if (date == null) {
      errors.add("decidedOn", "measure.error.date.invalid");
    }
    List<MeasureId> ids = new ArrayList<>();
    for (String value : selected) {
      UUID id = FormText.uuid(value);
      if (id != null) {
        ids.add(new MeasureId(id));
      }
    }
    if (ids.isEmpty()) {
      errors.add("measures", "measure.error.plan.empty");
    }
    if (!errors.any()) {
      try {
        int number =
            adoptPlan.adopt(
                municipality,
                new AdoptActionPlan.Input(
                    Forms.integer(expectedVersion, -1),
                    FormText.clean(title),
                    FormText.clean(introduction),
                    FormText.clean(body),
                    date,
                    FormText.clean(paragraph),
                    FormText.clean(registration),
                    ids),
                staff);
        redirect.addFlashAttribute("notice", "measure.notice.planAdopted");
        return "redirect:/atgardsplan/version/" + number;
      } catch (ActionPlanRuleViolation v) {
        errors.add(v.field().isEmpty() ? "measures" : v.field(), v.messageKey(), v.args());
        if ("measure.error.stale".equals(v.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return renderPlan(municipality, form, errors.build(), model);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderPlan(municipality, form, errors.build(), model);
  }
}
