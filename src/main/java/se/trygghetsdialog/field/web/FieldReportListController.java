package se.trygghetsdialog.field.web;

import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
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
 * The list of field reports, Mina rapporter, a report's page and its receipt. Rapportörer see their
 * own reports, the trygghetssamordnare every report of the municipality, filtered by week and
 * category.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FieldReportListController {

  private final FieldReportPages pages;

  @GetMapping("/personal/faltrapporter")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      @RequestParam(name = "vecka", required = false) @Nullable String week,
      @RequestParam(name = "kategori", required = false) @Nullable String category,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = FieldReportPages.filer(municipality);
    model.addAttribute("page", pages.list(municipality, staff, page, week, category, ui));
    return "field/report/list";
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
