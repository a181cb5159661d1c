package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.measure.web.Forms.decider;
import static se.trygghetsdialog.measure.web.Forms.options;
import static se.trygghetsdialog.measure.web.Forms.parse;
import static se.trygghetsdialog.measure.web.Forms.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.DecisionOutcome;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.MeasureView;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.measure.RecordDecision;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page recording the decision on a proposed measure. */
@Controller
@RequestMapping("/personal/atgarder")
class MeasureDecisionController {

  private final MeasurePages pages;
  private final RecordDecision recordDecision;
  private final MessageSource messages;

  MeasureDecisionController(
      MeasurePages pages, RecordDecision recordDecision, MessageSource messages) {
    this.pages = pages;
    this.recordDecision = recordDecision;
    this.messages = messages;
  }

  @GetMapping("/{id}/beslut")
  String decisionForm(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    decider();
    MeasureView view = pages.view(municipality, id);
    return renderDecision(
        view, DecisionForm.blank(view.measure().version()), FormErrors.none(), model, ui);
  }

  private String renderDecision(
      MeasureView view, DecisionForm form, FormErrors errors, Model model, Ui ui) {
    model.addAttribute("item", view);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "outcomes", options(DecisionOutcome.values(), "measure.outcome", form.outcome(), ui));
    return "measure/staff/decision";
  }

  @PostMapping("/{id}/beslut")
  String decide(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @ModelAttribute("form") DecisionForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = decider();
    MeasureView view = pages.view(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    String body = FormText.clean(form.body());
    String paragraph = FormText.clean(form.paragraph());
    String registration = FormText.clean(form.registrationNumber());
    String reasons = FormText.clean(form.reasons());
    LocalDate date = FormText.date(form.decidedOn());
    DecisionOutcome outcome = parse(DecisionOutcome.class, form.outcome());
    if (body.isEmpty()) {
      errors.add("body", "measure.error.decision.body.required");
    } else if (body.length() > 200) {
      errors.add("body", "measure.error.text.tooLong");
    }
    if (FormText.clean(form.decidedOn()).isEmpty()) {
      errors.add("decidedOn", "measure.error.decision.date.required");
    } else if (date == null) {
      errors.add("decidedOn", "measure.error.date.invalid");
    }
    if (paragraph.length() > 50) {
      errors.add("paragraph", "measure.error.text.tooLong");
    }
    if (registration.length() > 50) {
      errors.add("registrationNumber", "measure.error.text.tooLong");
    }
    if (outcome == null) {
      errors.add("outcome", "measure.error.decision.outcome.required");
    }
    if (reasons.isEmpty()) {
      errors.add("reasons", "measure.error.decision.reasons.required");
    } else if (reasons.length() > ProposeMeasure.MAX_TEXT) {
      errors.add("reasons", "measure.error.text.tooLong");
    }
    if (!errors.any()) {
      try {
        recordDecision.record(
            municipality,
            view.measure().id(),
            new RecordDecision.Input(
                Forms.integer(form.version(), -1),
                body,
                date,
                paragraph,
                registration,
                outcome,
                reasons),
            staff);
        redirect.addFlashAttribute("notice", "measure.notice.decision");
        return "redirect:/personal/atgarder/" + id;
      } catch (MeasureRuleViolation v) {
        errors.add(v.field().isEmpty() ? "outcome" : v.field(), v.messageKey(), v.args());
        if ("measure.error.stale".equals(v.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return renderDecision(pages.view(municipality, id), form, errors.build(), model, ui);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderDecision(view, form, errors.build(), model, ui);
  }
}
