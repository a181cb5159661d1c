package se.trygghetsdialog.place.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.place.PlacePolicy;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/** Builds the routing pages: organisations per category, and area routes with their form. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceRoutingAdminPages {

  private final PlaceCategories categories;
  private final PlaceRouting routing;
  private final Organisations organisations;
  private final PlaceSettings settings;
  private final Areas municipalAreas;

  static void requireAdmin() {
    StaffAccounts.signedIn(PlacePolicy::mayAdminister, "may not administer the safety map");
  }

  private List<Organisation> receivers(MunicipalityId municipality) {
    return organisations.all(municipality).stream().filter(o -> !o.kind().political()).toList();
  }

  String routes(MunicipalityId municipality, WebPage page) {
    List<Organisation> all = receivers(municipality);
    List<RouteRow> rows = new ArrayList<>();
    for (PlaceCategory c : categories.all(municipality)) {
      List<UUID> routed = routing.routes(municipality, c.id());
      rows.add(
          new RouteRow(
              c.id().toString(),
              c.name(page.ui().locale()),
              all.stream()
                  .map(o -> new Option(o.id().toString(), o.name(), routed.contains(o.id()), ""))
                  .toList()));
    }
    page.add("rows", rows);
    return "place/routing";
  }

  /**
   * Stores the organisations ticked per category; the form's fields are named {@code route-} and
   * the category's id, so there are as many as there are categories. Ids that are not ids are
   * skipped, as are unknown organisations.
   */
  void saveRoutes(MunicipalityId municipality, MultiValueMap<String, String> form) {
    for (PlaceCategory c : categories.all(municipality)) {
      List<UUID> ids =
          form.getOrDefault("route-" + c.id(), List.of()).stream()
              .map(FormText::uuid)
              .filter(Objects::nonNull)
              .toList();
      routing.setRoutes(municipality, c.id(), ids);
    }
  }

  String areas(MunicipalityId municipality, AreaRouteForm form, FormErrors errors, WebPage page) {
    List<AreaRouteRow> rows =
        routing.areaRoutes(municipality).stream()
            .map(
                a ->
                    new AreaRouteRow(
                        a.id().toString(),
                        a.name(),
                        routing.organisationName(municipality, a.organisationId()),
                        a.centre() == null
                            ? municipalAreas
                                .find(municipality, a.areaId())
                                .map(Area::name)
                                .orElse("")
                            : String.format(
                                Locale.ROOT,
                                "%.5f, %.5f",
                                a.centre().latitude(),
                                a.centre().longitude()),
                        a.centre() == null ? "" : String.valueOf(a.radiusMetres())))
            .toList();
    MapSettings map = settings.of(municipality);
    page.add("rows", rows);
    page.add(
        "organisations",
        Option.of(
            receivers(municipality),
            Organisation::id,
            Organisation::name,
            id -> id.equals(form.organisationId())));
    page.add(
        "areas",
        Option.of(
            municipalAreas.all(municipality),
            Area::id,
            Area::name,
            id -> id.equals(form.areaId())));
    page.add("form", form);
    page.add("errors", errors);
    page.add(
        "bounds",
        String.format(
            Locale.ROOT,
            "%.4f–%.4f, %.4f–%.4f",
            map.minLatitude(),
            map.maxLatitude(),
            map.minLongitude(),
            map.maxLongitude()));
    return "place/areaRoutes";
  }
}
