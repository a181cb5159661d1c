package se.trygghetsdialog.measure.web;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.measure.RecordPromise;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Staff page recording a new medborgarlöfte. */
@Controller
@RequestMapping("/personal/atgarder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PromiseFormController {

  private final PromisePages pages;
  private final RecordPromise recordPromise;
  private final FormSubmissions forms;

  @GetMapping("/medborgarloften/ny")
  String promiseForm(MunicipalityId municipality, WebPage page) {
    Forms.manager();
    return pages.promise(municipality, PromiseForm.blank(), FormErrors.none(), page);
  }

  @PostMapping("/medborgarloften/ny")
  String recordPromise(
      MunicipalityId municipality,
      @Valid @ModelAttribute("recordPromise") RecordPromise.Command command,
      BindingResult binding,
      @ModelAttribute("form") PromiseForm form,
      WebPage page) {
    var staff = Forms.manager();
    return forms.submit(
        binding,
        () -> {
          recordPromise.record(municipality, command, staff);
          return page.redirect("measure.notice.promise", "/medborgarloften");
        },
        errors -> pages.promise(municipality, form, errors, page));
  }
}
