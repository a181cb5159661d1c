package se.trygghetsdialog.geo.web;

import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.EditAreas;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.web.ReferenceRowsAdmin;

/** Builds the area administration pages: the list, the form with the map and the import. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AreaAdminPages implements ReferenceRowsAdmin.Forms<Area, AreaForm> {

  static final String BASE = "/personal/admin/omraden";

  /** The kinds suggested in the form; any other may be typed. */
  static final List<String> KINDS = List.of("kommundel", "tätort", "DeSO");

  private final PlaceSettings settings;
  private final Areas areas;
  private final MessageSource messages;

  @Override
  public AreaForm blank() {
    return new AreaForm(null, null, null, null, null, null);
  }

  @Override
  public AreaForm typed(Area a) {
    return new AreaForm(
        a.name(),
        a.kind(),
        a.geometry(),
        a.latitude() == null ? "" : FormText.coordinate(a.latitude()),
        a.longitude() == null ? "" : FormText.coordinate(a.longitude()),
        areas.code(a.municipalityId(), a.id()));
  }

  @Override
  public String form(
      MunicipalityId municipality,
      @Nullable Area area,
      AreaForm form,
      FormErrors errors,
      WebPage page) {
    page.add("area", area)
        .add("form", form)
        .add("errors", errors)
        .add("kinds", KINDS)
        .add("map", settings.of(municipality))
        .add("action", area == null ? BASE + "/ny" : BASE + "/" + area.id());
    return "tenancy/areaForm";
  }

  String importForm(String nameProperty, String kind, FormErrors errors, WebPage page) {
    page.add("nameProperty", nameProperty)
        .add("kind", kind)
        .add("kinds", KINDS)
        .add("errors", errors)
        .add("maxFeatures", EditAreas.MAX_FEATURES);
    return "tenancy/areaImport";
  }

  /** One message per refused feature, each naming the feature by number and name. */
  FormErrors featureErrors(EditAreas.Result result, Locale locale) {
    return GeoAdminPages.refusals(
        messages,
        locale,
        result.errors().stream()
            .map(
                error ->
                    new GeoAdminPages.Refused(
                        "feature-" + error.index(),
                        "area.error.feature",
                        error.index(),
                        error.name().isEmpty() ? "–" : error.name(),
                        messages.getMessage(error.messageKey(), error.args(), locale))));
  }
}
