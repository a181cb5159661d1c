package se.trygghetsdialog.geo.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.geo.ImportGazetteer;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Administrators import the municipality's gazetteer from CSV. */
@Controller
@RequestMapping("/personal/admin/ortnamn")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GazetteerAdminController {

  private final ImportGazetteer importGazetteer;
  private final GeoAdminPages pages;
  private final FormSubmissions forms;

  @GetMapping
  String form(MunicipalityId municipality, WebPage page) {
    GeoAdminPages.requireImporter();
    return pages.gazetteer(municipality, "", FormErrors.none(), page);
  }

  /** Bad lines are all listed, and then nothing is imported (400, the text kept). */
  @PostMapping
  String importCsv(
      MunicipalityId municipality,
      @Valid @ModelAttribute("importGazetteer") ImportGazetteer.Command command,
      BindingResult binding,
      HttpServletResponse response,
      WebPage page) {
    GeoAdminPages.requireImporter();
    return forms.submit(
        binding,
        () -> {
          ImportGazetteer.Result result = importGazetteer.importCsv(municipality, command);
          if (result.ok()) {
            return page.redirect("place.notice.gazetteerImported", "/personal/admin/ortnamn");
          }
          response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
          FormErrors errors = pages.lineErrors(result, page.ui().locale());
          return pages.gazetteer(municipality, command.shown(), errors, page);
        },
        errors ->
            pages.gazetteer(municipality, command == null ? "" : command.shown(), errors, page));
  }
}
