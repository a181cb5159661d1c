package se.trygghetsdialog.lagesbild.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.lagesbild.IdentifyLagesbildProblem;
import se.trygghetsdialog.lagesbild.LagesbildRuleViolation;
import se.trygghetsdialog.lagesbild.Lagesbilder;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;

/** Problems identified in the lägesbild: add, remove and link a measure that answers one. */
@Controller
@RequestMapping("/personal/lagesbild")
class LagesbildProblemsController {

  private final LagesbildPages pages;
  private final Lagesbilder lagesbilder;
  private final IdentifyLagesbildProblem identify;
  private final Measures measures;
  private final LinkInput linkInput;
  private final MessageSource messages;

  LagesbildProblemsController(
      LagesbildPages pages,
      Lagesbilder lagesbilder,
      IdentifyLagesbildProblem identify,
      Measures measures,
      LinkInput linkInput,
      MessageSource messages) {
    this.pages = pages;
    this.lagesbilder = lagesbilder;
    this.identify = identify;
    this.measures = measures;
    this.linkInput = linkInput;
    this.messages = messages;
  }

  @PostMapping("/problem")
  String addProblem(
      MunicipalityId municipality,
      @RequestParam(name = "problemToken", defaultValue = "") String token,
      @RequestParam(name = "problemTitle", defaultValue = "") String title,
      @RequestParam(name = "problemDescription", defaultValue = "") String description,
      @RequestParam(name = "problemArea", defaultValue = "") String area,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = LagesbildPages.editor();
    LagesbildProblemForm form = new LagesbildProblemForm(token, title, description, area);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    UUID id = FormText.uuid(token);
    try {
      identify.identify(
          municipality,
          new IdentifyLagesbildProblem.Input(
              id == null ? UUID.randomUUID() : id,
              FormText.clean(title),
              FormText.clean(description),
              FormText.uuid(area)),
          staff);
      redirect.addFlashAttribute("notice", "measure.lagesbild.notice.problemAdded");
      return "redirect:/personal/lagesbild#problems";
    } catch (LagesbildRuleViolation v) {
      errors.add(v);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return pages.render(
        municipality,
        pages.draftForm(lagesbilder.draft(municipality, LocalDate.now())),
        form,
        pages.blankAdoption(municipality),
        errors.build(),
        staff,
        model);
  }

  @PostMapping("/problem/{id}/ta-bort")
  String removeProblem(
      MunicipalityId municipality, @PathVariable UUID id, RedirectAttributes redirect) {
    StaffPrincipal staff = LagesbildPages.editor();
    if (identify.remove(municipality, id, staff)) {
      redirect.addFlashAttribute("notice", "measure.lagesbild.notice.problemRemoved");
    }
    return "redirect:/personal/lagesbild#problems";
  }

  /** Links a measure to a problem (the measure answers it), as from the measure's own page. */
  @PostMapping("/problem/{id}/koppla")
  String linkMeasure(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam java.util.Map<String, String> parameters,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = Forms.manager();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    // Each problem's select is named after the problem, so ids stay unique on the page.
    UUID measureId = FormText.uuid(parameters.get("measure-" + id));
    if (measureId == null || measures.find(municipality, new MeasureId(measureId)).isEmpty()) {
      errors.add("measure-" + id, "measure.lagesbild.error.link.measure");
    } else {
      try {
        boolean added =
            linkInput.link(
                municipality,
                new MeasureId(measureId),
                new InputRef(InputRef.LAGESBILD_ITEM, id),
                staff);
        redirect.addFlashAttribute(
            "notice", added ? "measure.notice.linked" : "measure.notice.alreadyLinked");
        return "redirect:/personal/lagesbild#problems";
      } catch (MeasureRuleViolation v) {
        errors.add("measure-" + id, v.messageKey(), v.args());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return pages.render(
        municipality,
        pages.draftForm(lagesbilder.draft(municipality, LocalDate.now())),
        pages.blankProblem(),
        pages.blankAdoption(municipality),
        errors.build(),
        staff,
        model);
  }
}
