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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.measure.RecordPromise;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page recording a new medborgarlöfte. */
@Controller
@RequestMapping("/personal/atgarder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PromiseFormController {

  private final PromisePages pages;
  private final RecordPromise recordPromise;
  private final FormSubmissions forms;

  @GetMapping("/medborgarloften/ny")
  String promiseForm(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    Forms.manager();
    return pages.promise(municipality, PromiseForm.blank(), FormErrors.none(), model, ui);
  }

  @PostMapping("/medborgarloften/ny")
  String recordPromise(
      MunicipalityId municipality,
      @Valid @ModelAttribute("recordPromise") RecordPromise.Command command,
      BindingResult binding,
      @ModelAttribute("form") PromiseForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    var staff = Forms.manager();
    return forms.submit(
        binding,
        () -> {
          recordPromise.record(municipality, command, staff);
          redirect.addFlashAttribute("notice", "measure.notice.promise");
          return "redirect:/medborgarloften";
        },
        errors -> pages.promise(municipality, form, errors, model, ui));
  }
}
