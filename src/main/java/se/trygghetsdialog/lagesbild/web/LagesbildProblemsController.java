package se.trygghetsdialog.lagesbild.web;

import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.allOn;
import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.orOn;
import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.perRow;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.lagesbild.IdentifyLagesbildProblem;
import se.trygghetsdialog.lagesbild.web.LagesbildPages.Typed;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.VersionedFormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Problems identified in the lägesbild: add, remove and link a measure that answers one. */
@Controller
@RequestMapping("/personal/lagesbild")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LagesbildProblemsController {

  private static final String PROBLEMS = "/personal/lagesbild#problems";

  private final LagesbildPages pages;
  private final IdentifyLagesbildProblem identify;
  private final VersionedFormSubmissions forms;

  @PostMapping("/problem")
  String addProblem(
      MunicipalityId municipality,
      @Valid @ModelAttribute("identifyProblem") IdentifyLagesbildProblem.Command command,
      BindingResult binding,
      @ModelAttribute("problemForm") LagesbildProblemForm form,
      WebPage page) {
    var staff = LagesbildPages.editor();
    return forms.submit(
        binding,
        orOn("problemTitle"),
        () -> {
          identify.identify(municipality, command, staff);
          return page.redirect("measure.lagesbild.notice.problemAdded", PROBLEMS);
        },
        errors -> pages.page(municipality, new Typed(null, form, null), errors, staff, page));
  }

  @PostMapping("/problem/{id}/ta-bort")
  String removeProblem(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    var staff = LagesbildPages.editor();
    if (identify.remove(municipality, id, staff)) {
      return page.redirect("measure.lagesbild.notice.problemRemoved", PROBLEMS);
    }
    return "redirect:" + PROBLEMS;
  }

  /** Each problem's select is named after the problem, so ids stay unique on the page. */
  @InitBinder("linkProblem")
  void measurePerProblem(WebDataBinder binder, @PathVariable("id") String id) {
    perRow(binder, "measure", id);
  }

  /** Links a measure to a problem (the measure answers it), as from the measure's own page. */
  @PostMapping("/problem/{id}/koppla")
  String linkMeasure(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("linkProblem") IdentifyLagesbildProblem.LinkCommand command,
      BindingResult binding,
      WebPage page) {
    var staff = Forms.manager();
    return forms.submit(
        binding,
        allOn("measure-" + id),
        () -> {
          boolean added = identify.link(municipality, id, command, staff);
          return page.redirect(
              added ? "measure.notice.linked" : "measure.notice.alreadyLinked", PROBLEMS);
        },
        errors -> pages.page(municipality, Typed.NONE, errors, staff, page));
  }
}
