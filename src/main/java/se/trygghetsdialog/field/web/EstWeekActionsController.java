package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.EstRuleViolation;
import se.trygghetsdialog.field.EstWeek;
import se.trygghetsdialog.field.FollowUpWeekAction;
import se.trygghetsdialog.field.PlanWeekAction;
import se.trygghetsdialog.field.WeekFollowUpOutcome;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;

/** Next week's planned actions and last week's follow-up on the EST week page. */
@Controller
@RequestMapping("/personal/est")
class EstWeekActionsController {

  private final PlanWeekAction planAction;
  private final FollowUpWeekAction followUp;
  private final EstWeekPages pages;

  EstWeekActionsController(
      PlanWeekAction planAction, FollowUpWeekAction followUp, EstWeekPages pages) {
    this.planAction = planAction;
    this.followUp = followUp;
    this.pages = pages;
  }

  @PostMapping("/{year}/{week}/atgarder")
  String plan(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      @RequestParam(name = "token", defaultValue = "") String token,
      @RequestParam(name = "title", defaultValue = "") String title,
      @RequestParam(name = "description", defaultValue = "") String description,
      @RequestParam(name = "owner", defaultValue = "") String owner,
      @RequestParam(name = "ownerKind", defaultValue = "") String ownerKind,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = pages.find(municipality, year, week);
    UUID creationToken = FormText.uuid(token);
    OwnerKind kind = FormText.enumValue(OwnerKind.class, ownerKind);
    WeekActionForm form =
        new WeekActionForm(
            creationToken == null ? UUID.randomUUID().toString() : creationToken.toString(),
            FormText.clean(title),
            FormText.clean(description),
            FormText.clean(owner),
            ownerKind);
    FormErrors errors;
    if (kind == null) {
      errors = pages.errorsBuilder(ui).add("ownerKind", "field.week.error.ownerKind").build();
    } else {
      try {
        planAction.plan(
            estWeek,
            new PlanWeekAction.Input(
                UUID.fromString(form.token()),
                form.title(),
                form.description(),
                form.owner(),
                kind,
                null),
            staff);
        redirect.addFlashAttribute("notice", "field.week.notice.planned");
        return "redirect:" + EstForms.path(estWeek.week()) + "#atgarder";
      } catch (EstRuleViolation v) {
        errors = pages.errors(v, ui);
      }
    }
    return pages.rejected(
        estWeek, new EstWeekPages.Forms(null, form, Map.of()), errors, model, ui, staff, response);
  }

  @PostMapping("/{year}/{week}/uppfoljning")
  String followUp(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      @RequestParam(name = "measure", defaultValue = "") String measure,
      @RequestParam(name = "outcome", defaultValue = "") String outcome,
      @RequestParam(name = "comment", defaultValue = "") String comment,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = pages.find(municipality, year, week);
    UUID measureId = FormText.uuid(measure);
    if (measureId == null) {
      throw new NotFoundException("action");
    }
    WeekFollowUpOutcome result = FormText.enumValue(WeekFollowUpOutcome.class, outcome);
    String text = FormText.clean(comment);
    FormErrors errors;
    if (result == null) {
      errors =
          pages.errorsBuilder(ui).add("outcome-" + measureId, "field.week.error.outcome").build();
    } else {
      try {
        followUp.record(estWeek, measureId, result, text, staff);
        redirect.addFlashAttribute("notice", "field.week.notice.followedUp");
        return "redirect:" + EstForms.path(estWeek.week()) + "#uppfoljning";
      } catch (EstRuleViolation v) {
        errors = pages.errors(v, ui);
      }
    }
    return pages.rejected(
        estWeek,
        new EstWeekPages.Forms(null, WeekActionForm.blank(), Map.of(measureId.toString(), text)),
        errors,
        model,
        ui,
        staff,
        response);
  }
}
