package se.trygghetsdialog.geo.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.geo.CategoryKind;
import se.trygghetsdialog.geo.ChangeMapSettings;
import se.trygghetsdialog.geo.EditCategories;
import se.trygghetsdialog.geo.GeoPolicy;
import se.trygghetsdialog.geo.GeoRuleViolation;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/** Administrators edit the municipality's report categories and map settings. */
@Controller
class PlaceAdminController {

  private final PlaceCategories categories;
  private final EditCategories editCategories;
  private final PlaceSettings settings;
  private final ChangeMapSettings changeMapSettings;
  private final MessageSource messages;

  PlaceAdminController(
      PlaceCategories categories,
      EditCategories editCategories,
      PlaceSettings settings,
      ChangeMapSettings changeMapSettings,
      MessageSource messages) {
    this.categories = categories;
    this.editCategories = editCategories;
    this.settings = settings;
    this.changeMapSettings = changeMapSettings;
    this.messages = messages;
  }

  private static void requireAdmin() {
    if (StaffAccounts.current().filter(GeoPolicy::mayAdminister).isEmpty()) {
      throw new AccessDeniedException("may not administer the safety map");
    }
  }

  // ---- categories ----------------------------------------------------------------------------

  @GetMapping("/personal/admin/kategorier")
  String categories(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    requireAdmin();
    List<CategoryRow> rows =
        categories.all(municipality).stream()
            .map(c -> row(c, c.nameSv(), c.nameEn(), c.active(), ui.locale()))
            .toList();
    return renderCategories(municipality, rows, "", "", "", "", FormErrors.none(), model, ui);
  }

  private CategoryRow row(PlaceCategory c, String sv, String en, boolean active, Locale locale) {
    return new CategoryRow(
        c.id().toString(),
        sv,
        en,
        active,
        c.parentId() != null,
        messages.getMessage("place.categoryKind." + c.kind().name(), null, locale));
  }

  private String renderCategories(
      MunicipalityId municipality,
      List<CategoryRow> rows,
      String newParent,
      String newKind,
      String newNameSv,
      String newNameEn,
      FormErrors errors,
      Model model,
      Ui ui) {
    model.addAttribute("rows", rows);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "parents",
        categories.all(municipality).stream()
            .filter(c -> c.parentId() == null)
            .map(
                c ->
                    new Option(
                        c.id().toString(),
                        c.name(ui.locale()),
                        c.id().toString().equals(newParent)))
            .toList());
    model.addAttribute(
        "kinds",
        Arrays.stream(CategoryKind.values())
            .map(k -> new Option(k.name(), ui.e("place.categoryKind", k), k.name().equals(newKind)))
            .toList());
    model.addAttribute("newNameSv", newNameSv);
    model.addAttribute("newNameEn", newNameEn);
    return "place/adminCategories";
  }

  @PostMapping("/personal/admin/kategorier")
  String editCategories(
      MunicipalityId municipality,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireAdmin();
    List<EditCategories.Change> changes = new ArrayList<>();
    List<CategoryRow> rows = new ArrayList<>();
    for (PlaceCategory c : categories.all(municipality)) {
      String sv = FormText.clean(params.getFirst("nameSv-" + c.id()));
      String en = FormText.clean(params.getFirst("nameEn-" + c.id()));
      boolean active = "yes".equals(params.getFirst("active-" + c.id()));
      changes.add(new EditCategories.Change(c.id(), sv, en, active));
      rows.add(row(c, sv, en, active, ui.locale()));
    }
    String newParent = FormText.clean(params.getFirst("newParent"));
    String newKind = FormText.clean(params.getFirst("newKind"));
    String newSv = FormText.clean(params.getFirst("newNameSv"));
    String newEn = FormText.clean(params.getFirst("newNameEn"));
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    EditCategories.Addition addition = null;
    if (!newSv.isEmpty() || !newEn.isEmpty()) {
      UUID parent = FormText.uuid(newParent);
      CategoryKind kind = kind(newKind);
      if (!newParent.isEmpty() && parent == null) {
        errors.add("newParent", "place.error.category.parent");
      } else if (parent == null && kind == null) {
        errors.add("newKind", "place.error.category.kind");
      } else {
        addition =
            new EditCategories.Addition(
                parent, kind == null ? CategoryKind.UNSAFE : kind, newSv, newEn);
      }
    }
    if (!errors.any()) {
      try {
        editCategories.edit(municipality, changes, addition);
        redirect.addFlashAttribute("notice", "place.notice.categoriesSaved");
        return "redirect:/personal/admin/kategorier";
      } catch (GeoRuleViolation violation) {
        errors.add(violation);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderCategories(
        municipality, rows, newParent, newKind, newSv, newEn, errors.build(), model, ui);
  }

  private static @Nullable CategoryKind kind(String value) {
    try {
      return value.isEmpty() ? null : CategoryKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // ---- map settings --------------------------------------------------------------------------

  @GetMapping("/personal/admin/karta")
  String map(MunicipalityId municipality, Model model) {
    requireAdmin();
    MapSettings s = settings.of(municipality);
    return renderMap(
        new MapSettingsForm(
            String.valueOf(s.minLatitude()),
            String.valueOf(s.maxLatitude()),
            String.valueOf(s.minLongitude()),
            String.valueOf(s.maxLongitude()),
            s.tileUrl(),
            s.tileAttribution()),
        FormErrors.none(),
        model);
  }

  private String renderMap(MapSettingsForm form, FormErrors errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "place/adminMap";
  }

  @PostMapping("/personal/admin/karta")
  String changeMap(
      MunicipalityId municipality,
      @ModelAttribute("form") MapSettingsForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireAdmin();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    Double minLat = number(form.minLatitude());
    Double maxLat = number(form.maxLatitude());
    Double minLon = number(form.minLongitude());
    Double maxLon = number(form.maxLongitude());
    if (minLat == null || maxLat == null) {
      errors.add("minLatitude", "place.error.settings.latitude");
    }
    if (minLon == null || maxLon == null) {
      errors.add("minLongitude", "place.error.settings.longitude");
    }
    if (!errors.any()) {
      try {
        changeMapSettings.change(
            municipality,
            new MapSettings(
                minLat,
                maxLat,
                minLon,
                maxLon,
                FormText.clean(form.tileUrl()),
                FormText.clean(form.tileAttribution())));
        redirect.addFlashAttribute("notice", "place.notice.mapSaved");
        return "redirect:/personal/admin/karta";
      } catch (GeoRuleViolation violation) {
        errors.add(violation);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderMap(form, errors.build(), model);
  }

  private static @Nullable Double number(@Nullable String value) {
    String cleaned = FormText.clean(value).replace(',', '.');
    try {
      double d = Double.parseDouble(cleaned);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
