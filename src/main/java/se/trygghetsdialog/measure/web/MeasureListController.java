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
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.measure.RecordInputNotUsed;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Staff page listing the register, with the form recording an input as not used. */
@Controller
@RequestMapping("/personal/atgarder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasureListController {

  private final MeasurePages pages;
  private final RecordInputNotUsed recordNotUsed;
  private final FormSubmissions forms;

  @GetMapping
  String list(MunicipalityId municipality, WebPage page) {
    var staff = Forms.viewer();
    return pages.list(municipality, MeasureShowForm.blank(), "", FormErrors.none(), staff, page);
  }

  @PostMapping("/ej-anvand")
  String notUsed(
      MunicipalityId municipality,
      @Valid @ModelAttribute("recordInputNotUsed") RecordInputNotUsed.Command command,
      BindingResult binding,
      @ModelAttribute("form") MeasureShowForm form,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      WebPage page) {
    var staff = Forms.manager();
    return forms.submit(
        binding,
        () -> {
          recordNotUsed.record(municipality, command, staff);
          return page.redirect("measure.notice.notUsed", "/personal/atgarder");
        },
        errors -> pages.list(municipality, form, reason, errors, staff, page));
  }
}
