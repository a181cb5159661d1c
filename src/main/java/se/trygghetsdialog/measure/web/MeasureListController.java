package se.trygghetsdialog.measure.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.measure.RecordInputNotUsed;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page listing the register, with the form recording an input as not used. */
@Controller
@RequestMapping("/personal/atgarder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasureListController {

  private final MeasurePages pages;
  private final RecordInputNotUsed recordNotUsed;
  private final FormSubmissions forms;

  @GetMapping
  String list(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    var staff = Forms.viewer();
    return pages.list(
        municipality, MeasureShowForm.blank(), "", FormErrors.none(), staff, model, ui);
  }

  @PostMapping("/ej-anvand")
  String notUsed(
      MunicipalityId municipality,
      @Valid @ModelAttribute("recordInputNotUsed") RecordInputNotUsed.Command command,
      BindingResult binding,
      @ModelAttribute("form") MeasureShowForm form,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    var staff = Forms.manager();
    return forms.submit(
        binding,
        () -> {
          recordNotUsed.record(municipality, command, staff);
          redirect.addFlashAttribute("notice", "measure.notice.notUsed");
          return "redirect:/personal/atgarder";
        },
        errors -> pages.list(municipality, form, reason, errors, staff, model, ui));
  }
}
