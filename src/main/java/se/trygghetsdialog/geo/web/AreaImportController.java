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
import se.trygghetsdialog.geo.EditAreas;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * Administrators import areas from a GeoJSON FeatureCollection (SCB's DeSO boundaries converted to
 * GeoJSON, for instance): every feature or none; each refused feature is named by number and name.
 */
@Controller
@RequestMapping(AreaAdminPages.BASE + "/importera")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AreaImportController {

  private final EditAreas editAreas;
  private final AreaAdminPages pages;
  private final FormSubmissions forms;

  /** The import form's text fields as typed, to show again (the file is chosen again). */
  record ImportForm(
      @org.jspecify.annotations.Nullable String nameProperty,
      @org.jspecify.annotations.Nullable String kind) {}

  @GetMapping
  String form(WebPage page) {
    return pages.importForm("namn", "", FormErrors.none(), page);
  }

  @PostMapping
  String importFile(
      MunicipalityId municipality,
      @Valid @ModelAttribute("importAreas") EditAreas.ImportCommand command,
      BindingResult binding,
      @ModelAttribute("typed") ImportForm typed,
      HttpServletResponse response,
      WebPage page) {
    String nameProperty = FormText.clean(typed.nameProperty());
    String kind = FormText.clean(typed.kind());
    return forms.submit(
        binding,
        () -> {
          EditAreas.Result result = editAreas.importFile(municipality, command);
          if (result.ok()) {
            return page.redirect("area.notice.imported", AreaAdminPages.BASE);
          }
          response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
          return pages.importForm(
              nameProperty, kind, pages.featureErrors(result, page.ui().locale()), page);
        },
        errors -> pages.importForm(nameProperty, kind, errors, page));
  }
}
