package se.trygghetsdialog.measure.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Staff page for a new measure, proposal or commitment. */
@Controller
@RequestMapping("/personal/atgarder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasureCreateController {

  private final ProposeMeasure proposeMeasure;
  private final MeasurePages pages;
  private final FormSubmissions forms;

  @GetMapping("/ny")
  String createForm(
      MunicipalityId municipality,
      @RequestParam(name = "dialog", defaultValue = "") String dialogue,
      WebPage page) {
    Forms.manager();
    MeasureForm form =
        MeasureForm.blank(
            UUID.randomUUID().toString(), pages.knownDialogue(municipality, dialogue));
    return pages.create(municipality, form, FormErrors.none(), page);
  }

  @PostMapping("/ny")
  String create(
      MunicipalityId municipality,
      @Valid @ModelAttribute("proposeMeasure") ProposeMeasure.Command command,
      BindingResult binding,
      @ModelAttribute("form") MeasureForm form,
      WebPage page) {
    var staff = Forms.manager();
    return forms.submit(
        binding,
        () -> {
          var id = proposeMeasure.propose(municipality, command, staff);
          return page.redirect(Forms.createdNotice(command.kind()), "/personal/atgarder/" + id);
        },
        errors -> pages.create(municipality, form, errors, page));
  }
}
