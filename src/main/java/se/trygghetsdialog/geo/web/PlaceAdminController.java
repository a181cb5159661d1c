package se.trygghetsdialog.geo.web;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.geo.ChangeMapSettings;
import se.trygghetsdialog.geo.EditCategories;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Administrators edit the municipality's report categories and map settings. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceAdminController {

  private final EditCategories editCategories;
  private final ChangeMapSettings changeMapSettings;
  private final GeoAdminPages pages;
  private final FormSubmissions forms;

  @GetMapping("/personal/admin/kategorier")
  String categories(MunicipalityId municipality, WebPage page) {
    GeoAdminPages.requireAdmin();
    return pages.categories(municipality, page);
  }

  /** The existing categories' fields are named by their ids; the new category's are bound. */
  @PostMapping("/personal/admin/kategorier")
  String editCategories(
      MunicipalityId municipality,
      @Valid @ModelAttribute("editCategories") EditCategories.Command command,
      BindingResult binding,
      @RequestParam MultiValueMap<String, String> params,
      WebPage page) {
    GeoAdminPages.requireAdmin();
    var changes = pages.changes(municipality, params);
    return forms.submit(
        binding,
        () -> {
          editCategories.save(municipality, changes, command);
          return page.redirect("place.notice.categoriesSaved", "/personal/admin/kategorier");
        },
        errors -> pages.categories(municipality, changes, params.toSingleValueMap(), errors, page));
  }

  @GetMapping("/personal/admin/karta")
  String map(MunicipalityId municipality, WebPage page) {
    GeoAdminPages.requireAdmin();
    return pages.map(municipality, page);
  }

  @PostMapping("/personal/admin/karta")
  String changeMap(
      MunicipalityId municipality,
      @Valid @ModelAttribute("changeMapSettings") ChangeMapSettings.Command command,
      BindingResult binding,
      @ModelAttribute("form") MapSettingsForm form,
      WebPage page) {
    GeoAdminPages.requireAdmin();
    return forms.submit(
        binding,
        () -> {
          changeMapSettings.change(municipality, command);
          return page.redirect("place.notice.mapSaved", "/personal/admin/karta");
        },
        errors -> pages.map(form, errors, page));
  }
}
