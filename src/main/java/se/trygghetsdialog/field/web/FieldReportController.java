package se.trygghetsdialog.field.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;

/**
 * A field report's receipt and its page. Rapportörer see their own reports, the trygghetssamordnare
 * every report of the municipality.
 */
@Controller
class FieldReportController {

  private final FieldReportPages pages;

  FieldReportController(FieldReportPages pages) {
    this.pages = pages;
  }

  @GetMapping("/personal/faltrapporter/{id}/kvitto")
  String receipt(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = FieldReportPages.ALREADY_FILED, defaultValue = "") String alreadyFiled,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = FieldReportPages.filer(municipality);
    model.addAttribute(
        "view", pages.view(municipality, pages.visible(municipality, staff, id), ui));
    model.addAttribute("alreadyFiled", "1".equals(alreadyFiled));
    return "field/report/receipt";
  }

  @GetMapping("/personal/faltrapporter/{id}")
  String show(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = FieldReportPages.filer(municipality);
    model.addAttribute(
        "view", pages.view(municipality, pages.visible(municipality, staff, id), ui));
    model.addAttribute("all", FieldPolicy.seesAllReports(staff));
    return "field/report/show";
  }
}
