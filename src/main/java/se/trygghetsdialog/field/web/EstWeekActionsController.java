package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.EstWeek;
import se.trygghetsdialog.field.FollowUpWeekAction;
import se.trygghetsdialog.field.PlanWeekAction;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Ui;

/** Next week's planned actions and last week's follow-up on the EST week page. */
@Controller
@RequestMapping("/personal/est")
class EstWeekActionsController {

  private final PlanWeekAction planAction;
  private final FollowUpWeekAction followUp;
  private final EstWeekPages pages;
  private final FormSubmissions forms;

  EstWeekActionsController(
      PlanWeekAction planAction,
      FollowUpWeekAction followUp,
      EstWeekPages pages,
      FormSubmissions forms) {
    this.planAction = planAction;
    this.followUp = followUp;
    this.pages = pages;
    this.forms = forms;
  }

  @PostMapping("/{year}/{week}/atgarder")
  String plan(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      @Valid @ModelAttribute("planWeekAction") PlanWeekAction.Command command,
      BindingResult binding,
      @ModelAttribute("action") WeekActionForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = pages.find(municipality, year, week);
    WeekActionForm typed = form.withToken();
    return forms.submit(
        binding,
        response,
        ui.locale(),
        () -> {
          planAction.plan(estWeek, command, staff);
          redirect.addFlashAttribute("notice", "field.week.notice.planned");
          return "redirect:" + EstForms.path(estWeek.week()) + "#atgarder";
        },
        errors ->
            pages.render(
                estWeek, new EstWeekPages.Forms(null, typed, Map.of()), errors, model, ui, staff));
  }

  @PostMapping("/{year}/{week}/uppfoljning")
  String followUp(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      @Valid @ModelAttribute("followUp") FollowUpWeekAction.Command command,
      BindingResult binding,
      @RequestParam(name = "measure", defaultValue = "") String measure,
      @RequestParam(name = "comment", defaultValue = "") String comment,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = pages.find(municipality, year, week);
    if (binding.hasFieldErrors("measure")) {
      throw new NotFoundException("action");
    }
    return forms.submit(
        binding,
        response,
        ui.locale(),
        () -> {
          followUp.record(estWeek, command, staff);
          redirect.addFlashAttribute("notice", "field.week.notice.followedUp");
          return "redirect:" + EstForms.path(estWeek.week()) + "#uppfoljning";
        },
        errors ->
            pages.render(
                estWeek,
                new EstWeekPages.Forms(
                    null, WeekActionForm.blank(), Map.of(measure.strip(), comment.strip())),
                errors.mapped(
                    i ->
                        i.field().equals("outcome") || i.field().equals("comment")
                            ? new FormErrors.Item(i.field() + "-" + measure.strip(), i.message())
                            : i,
                    Comparator.comparingInt(i -> 0)),
                model,
                ui,
                staff));
  }
}
