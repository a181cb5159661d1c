package se.trygghetsdialog.actionplan.web;

import static se.trygghetsdialog.actionplan.web.Forms.manager;
import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.orOn;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.actionplan.AdoptActionPlan;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.VersionedFormSubmissions;

/** Staff page adopting a new version of the åtgärdsplan. */
@Controller
@RequestMapping("/personal/atgarder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanController {

  private final PlanPages pages;
  private final AdoptActionPlan adoptPlan;
  private final VersionedFormSubmissions forms;

  @GetMapping("/atgardsplan")
  String planForm(MunicipalityId municipality, Model model) {
    manager();
    return pages.render(municipality, pages.next(municipality), FormErrors.none(), model);
  }

  @PostMapping("/atgardsplan")
  String adopt(
      MunicipalityId municipality,
      @Valid @ModelAttribute("adoptActionPlan") AdoptActionPlan.Command command,
      BindingResult binding,
      @ModelAttribute("form") PlanForm form,
      Model model,
      RedirectAttributes redirect) {
    var staff = manager();
    return forms.submit(
        binding,
        orOn("measures"),
        () -> {
          int number = adoptPlan.adopt(municipality, command, staff);
          redirect.addFlashAttribute("notice", "measure.notice.planAdopted");
          return "redirect:/atgardsplan/version/" + number;
        },
        errors -> pages.render(municipality, form, errors, model));
  }
}
