package se.trygghetsdialog.geo.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import se.trygghetsdialog.geo.CategoryKind;
import se.trygghetsdialog.geo.EditCategories;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GeoPolicy;
import se.trygghetsdialog.geo.ImportGazetteer;
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
import se.trygghetsdialog.shared.web.WebPage;

/** Builds the map administration pages: categories, map settings and the gazetteer import. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GeoAdminPages {

  private final PlaceCategories categories;
  private final PlaceSettings settings;
  private final Gazetteer gazetteer;
  private final MessageSource messages;

  static void requireAdmin() {
    StaffAccounts.signedIn(GeoPolicy::mayAdminister, "may not administer the safety map");
  }

  static void requireImporter() {
    StaffAccounts.signedIn(GeoPolicy::mayImportGazetteer, "may not import the gazetteer");
  }

  // ---- gazetteer -----------------------------------------------------------------------------

  String gazetteer(MunicipalityId municipality, String csv, FormErrors errors, WebPage page) {
    page.add("csv", csv).add("errors", errors).add("size", gazetteer.size(municipality));
    return "place/gazetteerImport";
  }

  /** A refused item of an import: the field its message is shown at, and the message. */
  record Refused(String field, String messageKey, Object... args) {}

  /** One message per refused item of an import (a line, a feature), each at its own field. */
  static FormErrors refusals(MessageSource messages, Locale locale, Stream<Refused> refused) {
    FormErrors.Builder errors = FormErrors.builder(messages, locale);
    refused.forEach(r -> errors.add(r.field(), r.messageKey(), r.args()));
    return errors.build();
  }

  /** One message per bad line; each names its line. The first links to the text field. */
  FormErrors lineErrors(ImportGazetteer.Result result, Locale locale) {
    return refusals(
        messages,
        locale,
        result.errors().stream()
            .map(
                error ->
                    new Refused(
                        "csv-line-" + error.line(),
                        "place.error.gazetteer.line",
                        error.line(),
                        messages.getMessage(error.messageKey(), null, locale))));
  }

  // ---- categories ----------------------------------------------------------------------------

  /**
   * The changes to the existing categories; their fields are named by the category's id ({@code
   * nameSv-id}, {@code nameEn-id}, {@code active-id}), so there are as many as categories.
   */
  List<EditCategories.Change> changes(
      MunicipalityId municipality, MultiValueMap<String, String> params) {
    List<EditCategories.Change> changes = new ArrayList<>();
    for (PlaceCategory c : categories.all(municipality)) {
      changes.add(
          new EditCategories.Change(
              c.id(),
              FormText.clean(params.getFirst("nameSv-" + c.id())),
              FormText.clean(params.getFirst("nameEn-" + c.id())),
              "yes".equals(params.getFirst("active-" + c.id()))));
    }
    return changes;
  }

  /** The categories page with the existing categories as saved. */
  String categories(MunicipalityId municipality, WebPage page) {
    List<EditCategories.Change> saved =
        categories.all(municipality).stream()
            .map(c -> new EditCategories.Change(c.id(), c.nameSv(), c.nameEn(), c.active()))
            .toList();
    return categories(municipality, saved, Map.of(), FormErrors.none(), page);
  }

  /** The categories page with the changes and the new category's fields as typed. */
  String categories(
      MunicipalityId municipality,
      List<EditCategories.Change> changes,
      Map<String, String> typed,
      FormErrors errors,
      WebPage page) {
    Ui ui = page.ui();
    List<PlaceCategory> all = categories.all(municipality);
    String newParent = FormText.clean(typed.get("newParent"));
    String newKind = FormText.clean(typed.get("newKind"));
    page.add(
        "rows",
        changes.stream()
            .map(
                change -> {
                  PlaceCategory c =
                      all.stream()
                          .filter(x -> x.id().equals(change.id()))
                          .findFirst()
                          .orElseThrow();
                  return new CategoryRow(
                      c.id().toString(),
                      change.nameSv(),
                      change.nameEn(),
                      change.active(),
                      c.parentId() != null,
                      messages.getMessage(
                          "place.categoryKind." + c.kind().name(), null, ui.locale()));
                })
            .toList());
    page.add("errors", errors);
    page.add(
        "parents",
        all.stream()
            .filter(c -> c.parentId() == null)
            .map(
                c ->
                    new Option(
                        c.id().toString(),
                        c.name(ui.locale()),
                        c.id().toString().equals(newParent)))
            .toList());
    page.add(
        "kinds",
        Arrays.stream(CategoryKind.values())
            .map(k -> new Option(k.name(), ui.e("place.categoryKind", k), k.name().equals(newKind)))
            .toList());
    page.add("newNameSv", FormText.clean(typed.get("newNameSv")))
        .add("newNameEn", FormText.clean(typed.get("newNameEn")));
    return "place/adminCategories";
  }

  // ---- map settings --------------------------------------------------------------------------

  String map(MunicipalityId municipality, WebPage page) {
    MapSettings s = settings.of(municipality);
    MapSettingsForm form =
        new MapSettingsForm(
            String.valueOf(s.minLatitude()),
            String.valueOf(s.maxLatitude()),
            String.valueOf(s.minLongitude()),
            String.valueOf(s.maxLongitude()),
            s.tileUrl(),
            s.tileAttribution());
    return map(form, FormErrors.none(), page);
  }

  String map(MapSettingsForm form, FormErrors errors, WebPage page) {
    page.add("form", form).add("errors", errors);
    return "place/adminMap";
  }
}
