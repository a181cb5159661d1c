package se.trygghetsdialog.measure.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Ui;

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
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Forms.manager();
    MeasureForm form =
        MeasureForm.blank(
            UUID.randomUUID().toString(), pages.knownDialogue(municipality, dialogue));
    return pages.create(municipality, form, FormErrors.none(), model, ui);
  }

  @PostMapping("/ny")
  String create(
      MunicipalityId municipality,
      @Valid @ModelAttribute("proposeMeasure") ProposeMeasure.Command command,
      BindingResult binding,
      @ModelAttribute("form") MeasureForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    var staff = Forms.manager();
    return forms.submit(
        binding,
        () -> {
          var id = proposeMeasure.propose(municipality, command, staff);
          redirect.addFlashAttribute("notice", Forms.createdNotice(command.kind()));
          return "redirect:/personal/atgarder/" + id;
        },
        errors -> pages.create(municipality, form, errors, model, ui));
  }
}
