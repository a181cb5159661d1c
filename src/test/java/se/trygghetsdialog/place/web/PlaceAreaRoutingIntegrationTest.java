package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.EditAreas;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.place.AreaRoute;
import se.trygghetsdialog.place.PlaceMother;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
class PlaceAreaRoutingIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlaceCategories categories;
  @Autowired PlaceRouting routing;
  @Autowired PlaceSettings settings;
  @Autowired ReportPlace reportPlace;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;
  @Autowired EditAreas editAreas;
  @Autowired Areas municipalAreas;

  MunicipalityId municipality;
  MapSettings map;
  Organisation department;
  Organisation housing;
  UUID category;
  String unique;
  Coordinates centre;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    map = settings.of(municipality);
    unique = StaffMother.uniqueWord();
    department =
        organisations.register(
            municipality, "Avdelning " + unique, OrganisationKind.DEPARTMENT, null);
    housing =
        organisations.register(
            municipality, "Bostäder " + unique, OrganisationKind.HOUSING_COMPANY, null);
    category = PlaceMother.category(categories, municipality, "LIGHTING");
    routing.addRoute(municipality, category, department.id());
    // A random spot in the north-east of the map, away from where other tests report.
    centre =
        new Coordinates(
            map.maxLatitude() - ThreadLocalRandom.current().nextDouble(0.025, 0.04),
            map.maxLongitude() - ThreadLocalRandom.current().nextDouble(0.02, 0.06));
  }

  @AfterEach
  void removeAreas() {
    routing.areaRoutes(municipality).stream()
        .filter(a -> a.organisationId().equals(housing.id()))
        .forEach(a -> routing.removeAreaRoute(municipality, a.id()));
  }

  StaffPrincipal staffOf(@Nullable Organisation organisation, Role role) {
    return accounts.actingAs(
        accounts.createWithPassword(
            municipality,
            StaffMother.uniqueEmail("personal"),
            "Personal " + unique,
            Set.of(role),
            organisation == null ? null : organisation.id(),
            "Trygghet2026!"));
  }

  ReportPlace.Receipt approvedAt(Coordinates point) {
    ReportPlace.Receipt receipt =
        reportPlace.report(
            municipality,
            PlaceMother.report(
                category, point, "Lampan vid bostadsområdet " + unique + " är trasig.", null));
    PlaceMother.approve(
        queue,
        approve,
        municipality,
        receipt,
        "Lampan vid bostadsområdet " + unique + " är trasig.",
        staffOf(null, Role.MODERATOR));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> routing.find(municipality, receipt.id(), department.id()).isPresent());
    return receipt;
  }

  @Test
  void aReportInsideTheAreaGoesToTheHousingCompanyAsWellAsTheCategoryOwner() {
    routing.addAreaRoute(municipality, housing.id(), "Området " + unique, centre, 300);
    // A second, overlapping area of the same company does not assign it twice.
    routing.addAreaRoute(municipality, housing.id(), "Området 2 " + unique, centre, 500);

    // About 110 m north of the centre.
    ReportPlace.Receipt inside =
        approvedAt(new Coordinates(centre.latitude() + 0.001, centre.longitude()));
    assertThat(routing.find(municipality, inside.id(), housing.id())).isPresent();
    assertThat(routing.ofReport(municipality, inside.id()))
        .extracting(a -> a.organisationId())
        .contains(department.id())
        .containsOnlyOnce(housing.id());

    // About 1.1 km south: outside both circles.
    ReportPlace.Receipt outside =
        approvedAt(new Coordinates(centre.latitude() - 0.01, centre.longitude()));
    assertThat(routing.find(municipality, outside.id(), housing.id())).isEmpty();
    assertThat(routing.find(municipality, outside.id(), department.id())).isPresent();
  }

  @Test
  void aReportInsideAnImportedAreaGoesToTheHousingCompanyThatTheAreaIsRoutedTo() {
    // A 0.004-degree square north-east of the centre, imported as the only feature of a file.
    String name = "Bostadsområdet " + unique;
    String square =
        String.format(
            Locale.ROOT,
            "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.6f,%2$.6f],[%3$.6f,%2$.6f],"
                + "[%3$.6f,%4$.6f],[%1$.6f,%4$.6f],[%1$.6f,%2$.6f]]]}",
            centre.longitude(),
            centre.latitude(),
            centre.longitude() + 0.004,
            centre.latitude() + 0.004);
    String file =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"properties\":{\"namn\":\""
            + name
            + "\"},\"geometry\":"
            + square
            + "}]}";
    EditAreas.Result imported =
        editAreas.importFile(
            municipality,
            new EditAreas.ImportCommand(
                new EditAreas.Upload(file), "namn", "bostadsområde-" + unique));
    assertThat(imported.ok()).isTrue();
    Area area =
        municipalAreas.all(municipality).stream()
            .filter(a -> a.name().equals(name))
            .findFirst()
            .orElseThrow();
    routing.addAreaRoute(municipality, housing.id(), name, area.id());

    ReportPlace.Receipt inside =
        approvedAt(new Coordinates(centre.latitude() + 0.002, centre.longitude() + 0.002));
    assertThat(routing.find(municipality, inside.id(), housing.id())).isPresent();
    assertThat(routing.worklist(municipality, housing.id(), 50, 0))
        .extracting(a -> a.reportId())
        .contains(inside.id());

    // Just outside the polygon (about 100 m south of it): only the category's department.
    ReportPlace.Receipt outside =
        approvedAt(new Coordinates(centre.latitude() - 0.001, centre.longitude() + 0.002));
    assertThat(routing.find(municipality, outside.id(), housing.id())).isEmpty();
  }

  String areaPost(StaffPrincipal admin, String lat, String lon, String radius, int expected)
      throws Exception {
    return mvc.perform(
            post("/personal/admin/kategorier/omraden")
                .param("organisationId", housing.id().toString())
                .param("name", "Området " + unique)
                .param("latitude", lat)
                .param("longitude", lon)
                .param("radius", radius)
                .param("lang", "sv")
                .with(csrf())
                .with(user(admin)))
        .andExpect(status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  List<AreaRoute> ours() {
    return routing.areaRoutes(municipality).stream()
        .filter(a -> a.organisationId().equals(housing.id()))
        .toList();
  }

  @Test
  void adminsAddListAndRemoveAreasAndBadInputIsRefused() throws Exception {
    StaffPrincipal admin = staffOf(null, Role.ADMINISTRATOR);
    String lat = String.format(Locale.ROOT, "%.5f", centre.latitude());
    String lon = String.format(Locale.ROOT, "%.5f", centre.longitude());

    String outsideBounds = String.format(Locale.ROOT, "%.5f", map.maxLatitude() + 0.5);
    assertThat(areaPost(admin, outsideBounds, lon, "300", 400))
        .contains("Skriv en mittpunkt som decimaltal inom kommunens karta.");
    assertThat(areaPost(admin, lat, lon, "10", 400))
        .contains("Skriv radien som ett heltal mellan 50 och 5000 meter.");
    assertThat(areaPost(admin, lat, lon, "5001", 400))
        .contains("Skriv radien som ett heltal mellan 50 och 5000 meter.");
    assertThat(areaPost(admin, "norr", lon, "300", 400)).contains("govuk-error-summary");
    assertThat(ours()).isEmpty();

    // Without CSRF the post is refused.
    mvc.perform(
            post("/personal/admin/kategorier/omraden")
                .param("organisationId", housing.id().toString())
                .param("name", "Området " + unique)
                .param("latitude", lat)
                .param("longitude", lon)
                .param("radius", "300")
                .with(user(admin)))
        .andExpect(status().isForbidden());
    assertThat(ours()).isEmpty();

    areaPost(admin, lat, lon, "300", 302);
    assertThat(ours()).singleElement().satisfies(a -> assertThat(a.radiusMetres()).isEqualTo(300));
    assertThat(
            mvc.perform(get("/personal/admin/kategorier/omraden").with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Området " + unique)
        .contains(housing.name());

    mvc.perform(
            get("/personal/admin/kategorier/omraden").with(user(staffOf(department, Role.PARTNER))))
        .andExpect(status().isForbidden());

    mvc.perform(
            post("/personal/admin/kategorier/omraden/ta-bort")
                .param("routeId", ours().get(0).id().toString())
                .with(csrf())
                .with(user(admin)))
        .andExpect(status().isFound());
    assertThat(ours()).isEmpty();
  }
}
