package se.trygghetsdialog.actionplan.web;

import static se.trygghetsdialog.actionplan.web.Forms.manager;
import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.orOn;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.actionplan.AdoptActionPlan;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.VersionedFormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Staff page adopting a new version of the åtgärdsplan. */
@Controller
@RequestMapping("/personal/atgarder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanController {

  private final PlanPages pages;
  private final AdoptActionPlan adoptPlan;
  private final VersionedFormSubmissions forms;

  @GetMapping("/atgardsplan")
  String planForm(MunicipalityId municipality, WebPage page) {
    manager();
    return pages.render(municipality, pages.next(municipality), FormErrors.none(), page);
  }

  @PostMapping("/atgardsplan")
  String adopt(
      MunicipalityId municipality,
      @Valid @ModelAttribute("adoptActionPlan") AdoptActionPlan.Command command,
      BindingResult binding,
      @ModelAttribute("form") PlanForm form,
      WebPage page) {
    var staff = manager();
    return forms.submit(
        binding,
        orOn("measures"),
        () -> {
          int number = adoptPlan.adopt(municipality, command, staff);
          return page.redirect("measure.notice.planAdopted", "/atgardsplan/version/" + number);
        },
        errors -> pages.render(municipality, form, errors, page));
  }
}
