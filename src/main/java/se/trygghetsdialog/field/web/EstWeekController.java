package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.EstWeek;
import se.trygghetsdialog.field.UpdateEstChecklist;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Ui;

/** The coordinator's EST week page with its figures (counts only), and the week's checklist. */
@Controller
@RequestMapping("/personal/est")
class EstWeekController {

  private final UpdateEstChecklist updateChecklist;
  private final EstWeekPages pages;
  private final FormSubmissions forms;

  EstWeekController(UpdateEstChecklist updateChecklist, EstWeekPages pages, FormSubmissions forms) {
    this.updateChecklist = updateChecklist;
    this.pages = pages;
    this.forms = forms;
  }

  @GetMapping("/{year}/{week}")
  String show(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = EstForms.viewer();
    return pages.render(
        pages.find(municipality, year, week),
        EstWeekPages.Forms.fresh(),
        FormErrors.none(),
        model,
        ui,
        staff);
  }

  @PostMapping("/{year}/{week}/checklista")
  String checklist(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      @RequestParam(name = "done", required = false) @Nullable List<String> done,
      HttpServletRequest request,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = pages.find(municipality, year, week);
    Map<String, UpdateEstChecklist.Entry> entries = EstWeekPages.checklist(done, request);
    return forms.submit(
        EstForms.noInput(),
        response,
        ui.locale(),
        () -> {
          updateChecklist.update(estWeek, entries, staff);
          redirect.addFlashAttribute("notice", "field.week.notice.checklist");
          return "redirect:" + EstForms.path(estWeek.week()) + "#checklista";
        },
        errors ->
            pages.render(
                estWeek,
                new EstWeekPages.Forms(entries, WeekActionForm.blank(), Map.of()),
                errors,
                model,
                ui,
                staff));
  }
}
