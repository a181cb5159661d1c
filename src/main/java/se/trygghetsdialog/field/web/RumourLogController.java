package se.trygghetsdialog.field.web;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.RumourLog;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The rumour log (R38) for the trygghetssamordnare: the list and recording a new rumour; and the
 * public page of published clarifications, {@code /trygghet/fortydliganden}, which never shows what
 * a rumour said unless the coordinator wrote a short public summary.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RumourLogController {

  static final int PAGE_SIZE = 20;

  private final RumourLog log;
  private final RumourPages pages;
  private final FormSubmissions forms;

  @GetMapping("/personal/rykten")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    RumourPages.coordinator(municipality);
    model.addAttribute("page", pages.list(municipality, page, false));
    return "field/rumour/list";
  }

  @GetMapping("/trygghet/fortydliganden")
  String clarifications(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    model.addAttribute("page", pages.list(municipality, page, true));
    return "field/rumour/clarifications";
  }

  @GetMapping("/personal/rykten/ny")
  String newForm(MunicipalityId municipality, WebPage page) {
    RumourPages.coordinator(municipality);
    return pages.render(
        municipality, RumourViews.RumourForm.blank(), FormErrors.none(), null, page);
  }

  @PostMapping("/personal/rykten/ny")
  String create(
      MunicipalityId municipality,
      @Valid @ModelAttribute("rumour") RumourLog.Command command,
      BindingResult binding,
      @ModelAttribute("form") RumourViews.RumourForm form,
      WebPage page) {
    StaffPrincipal staff = RumourPages.coordinator(municipality);
    return forms.submit(
        binding,
        () -> {
          var id = log.record(municipality, staff.accountId(), command);
          return page.redirect("field.rumour.notice.recorded", "/personal/rykten/" + id);
        },
        errors -> pages.render(municipality, form, errors, null, page));
  }
}
