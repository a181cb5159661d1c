package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.FieldRuleViolation;
import se.trygghetsdialog.field.RumourLog;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;

/** The rumour log (R38) for the trygghetssamordnare: the list and recording a new rumour. */
@Controller
class RumourLogController {

  static final int PAGE_SIZE = 20;

  private final RumourLog log;
  private final RumourPages pages;

  RumourLogController(RumourLog log, RumourPages pages) {
    this.log = log;
    this.pages = pages;
  }

  @GetMapping("/personal/rykten")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    RumourPages.coordinator(municipality);
    Paging paging = new Paging(Paging.requested(page), PAGE_SIZE, log.count(municipality));
    var names = pages.areaNames(municipality);
    model.addAttribute(
        "page",
        new RumourViews.ListPage(
            log.page(municipality, paging.size(), paging.offset()).stream()
                .map(r -> new RumourViews.RumourRow(r, names.apply(r.areaId())))
                .toList(),
            paging.page(),
            paging.totalPages()));
    return "field/rumour/list";
  }

  @GetMapping("/personal/rykten/ny")
  String newForm(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    RumourPages.coordinator(municipality);
    return pages.render(
        municipality, RumourViews.RumourForm.blank(), FormErrors.none(), null, model, ui);
  }

  @PostMapping("/personal/rykten/ny")
  String create(
      MunicipalityId municipality,
      @ModelAttribute("form") RumourViews.RumourForm form,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    StaffPrincipal staff = RumourPages.coordinator(municipality);
    FormErrors.Builder errors = pages.errorsBuilder(ui);
    RumourLog.Input input = pages.input(municipality, form, errors);
    if (input != null) {
      UUID token = FormText.uuid(form.token());
      try {
        UUID id =
            log.record(
                municipality, staff.accountId(), token == null ? UUID.randomUUID() : token, input);
        redirect.addFlashAttribute("notice", "field.rumour.notice.recorded");
        return "redirect:/personal/rykten/" + id;
      } catch (FieldRuleViolation violation) {
        errors.add(violation);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return pages.render(municipality, form, errors.build(), null, model, ui);
  }
}
