package se.trygghetsdialog.geo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
class AreaAdminIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Areas areas;
  @Autowired Organisations organisations;
  @Autowired PlaceSettings settings;
  @Autowired PlaceRouting routing;

  MunicipalityId municipality;
  MapSettings map;
  StaffPrincipal admin;
  String unique;
  String kind;
  double lat;
  double lon;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    map = settings.of(municipality);
    unique = StaffMother.uniqueWord();
    // A kind of its own: areas of other kinds may overlap ours.
    kind = "testdel-" + unique;
    lat = map.minLatitude() + ThreadLocalRandom.current().nextDouble(0.02, 0.05);
    lon = map.minLongitude() + ThreadLocalRandom.current().nextDouble(0.02, 0.05);
    admin =
        accounts.actingAs(
            accounts.createWithPassword(
                municipality,
                StaffMother.uniqueEmail("area"),
                "Admin " + unique,
                Set.of(Role.ADMINISTRATOR),
                null,
                "Trygghet2026!"));
  }

  /** A square polygon with its south-west corner at (south, west). */
  static String square(double south, double west, double side) {
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}",
        west,
        south,
        west + side,
        south,
        west + side,
        south + side,
        west,
        south + side,
        west,
        south);
  }

  static String feature(String name, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":{\"namn\":\""
        + name
        + "\"},\"geometry\":"
        + geometry
        + "}";
  }

  static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
  }

  String send(AbstractMockHttpServletRequestBuilder<?> request, int expected) throws Exception {
    return mvc.perform(request.param("lang", "sv").with(csrf()).with(user(admin)))
        .andExpect(status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  String add(String name, String geometry, int expected) throws Exception {
    return send(
        post("/personal/admin/omraden/ny")
            .param("name", name)
            .param("kind", kind)
            .param("geometry", geometry)
            .param("latitude", "")
            .param("longitude", ""),
        expected);
  }

  String importFile(String geoJson, int expected) throws Exception {
    return send(
        multipart("/personal/admin/omraden/importera")
            .file(
                new MockMultipartFile(
                    "file",
                    "omraden.geojson",
                    "application/geo+json",
                    geoJson.getBytes(StandardCharsets.UTF_8)))
            .param("nameProperty", "namn")
            .param("kind", kind),
        expected);
  }

  List<Area> ours() {
    return areas.page(municipality, 10_000, 0).stream().filter(a -> a.kind().equals(kind)).toList();
  }

  @Test
  void anAreaIsEnteredByHandWithACentreOrWithABoundary() throws Exception {
    send(
        post("/personal/admin/omraden/ny")
            .param("name", "Centrum " + unique)
            .param("kind", kind)
            .param("geometry", "")
            .param("latitude", String.format(Locale.ROOT, "%.5f", lat))
            .param("longitude", String.format(Locale.ROOT, "%.5f", lon)),
        302);
    add("Hamnen " + unique, square(lat + 0.01, lon, 0.005), 302);

    assertThat(ours()).hasSize(2);
    Area harbour =
        ours().stream().filter(a -> a.name().startsWith("Hamnen")).findFirst().orElseThrow();
    assertThat(harbour.hasBoundary()).isTrue();
    // The centre is a point inside the boundary.
    assertThat(harbour.latitude()).isBetween(lat + 0.01, lat + 0.015);
    assertThat(areas.at(municipality, lat + 0.012, lon + 0.002))
        .map(Area::id)
        .hasValue(harbour.id());
    assertThat(send(get("/personal/admin/omraden/" + harbour.id()), 200)).contains("Polygon");
    assertThat(send(get("/personal/admin/omraden?sida=1"), 200)).contains("Hamnen " + unique);
  }

  /** The area form with a centre and an official code, sent to {@code path}. */
  String withCode(String path, String name, String code, int expected) throws Exception {
    return send(
        post(path)
            .param("name", name)
            .param("kind", kind)
            .param("geometry", "")
            .param("latitude", String.format(Locale.ROOT, "%.5f", lat))
            .param("longitude", String.format(Locale.ROOT, "%.5f", lon))
            .param("code", code),
        expected);
  }

  @Test
  void theOfficialCodeIsSetShownAndClearedOnTheAreaFormByTheSameRulesAsOnThePopulationPage()
      throws Exception {
    String code = ("t" + unique).toUpperCase(Locale.ROOT);
    String add = "/personal/admin/omraden/ny";
    withCode(add, "Deso " + unique, code.toLowerCase(Locale.ROOT), 302);
    Area deso = ours().get(0);
    assertThat(areas.codes(municipality)).containsEntry(deso.id(), code);
    assertThat(send(get("/personal/admin/omraden/" + deso.id()), 200))
        .contains("Officiell kod")
        .contains("value=\"" + code + "\"");

    assertThat(withCode(add, "Trasig " + unique, "12-34", 400))
        .contains("Koden 12-34 får bara innehålla bokstäver och siffror");
    assertThat(withCode(add, "Dubblett " + unique, code, 400))
        .contains("Koden " + code + " används redan av ett annat område");
    assertThat(ours()).hasSize(1);

    withCode("/personal/admin/omraden/" + deso.id(), "Deso " + unique, "", 302);
    assertThat(areas.codes(municipality)).doesNotContainKey(deso.id());
  }

  @Test
  void aDrawnBoundaryThatIsNotAValidPolygonInsideTheMapIsRefused() throws Exception {
    assertThat(add("A " + unique, "inte geojson", 400)).contains("Gränsen är inte GeoJSON");
    assertThat(add("A " + unique, "{\"type\":\"Point\",\"coordinates\":[11.4,58.3]}", 400))
        .contains("Gränsen ska vara en Polygon eller MultiPolygon");
    String bowTie =
        String.format(
            Locale.ROOT,
            "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
            lon,
            lat,
            lon + 0.01,
            lat + 0.01,
            lon + 0.01,
            lat,
            lon,
            lat + 0.01,
            lon,
            lat);
    assertThat(add("A " + unique, bowTie, 400)).contains("Gränsen korsar sig själv");
    assertThat(add("A " + unique, square(map.maxLatitude() - 0.001, lon, 0.01), 400))
        .contains("Gränsen går utanför kommunens karta");
    assertThat(add("", square(lat, lon, 0.01), 400)).contains("Skriv områdets namn");
    assertThat(ours()).isEmpty();

    add("Norr " + unique, square(lat, lon, 0.01), 302);
    assertThat(add(("norr " + unique).toUpperCase(Locale.ROOT), square(lat + 0.05, lon, 0.01), 400))
        .contains("Det finns redan ett område som heter");
    assertThat(add("Söder " + unique, square(lat + 0.005, lon + 0.005, 0.01), 400))
        .contains("Gränsen överlappar området Norr " + unique);
    // Sharing an edge is no overlap.
    add("Öster " + unique, square(lat, lon + 0.01, 0.01), 302);
    assertThat(ours()).hasSize(2);
  }

  @Test
  void aGeoJsonFileIsImportedWithANameFromTheChosenProperty() throws Exception {
    importFile(
        collection(
            feature("DeSO 1 " + unique, square(lat, lon, 0.01)),
            feature("DeSO 2 " + unique, square(lat, lon + 0.01, 0.01))),
        302);
    assertThat(ours())
        .extracting(Area::name)
        .containsExactlyInAnyOrder("DeSO 1 " + unique, "DeSO 2 " + unique);
  }

  @Test
  void anImportWithABadFeatureSavesNothingAndNamesEachBadFeature() throws Exception {
    String bowTie =
        String.format(
            Locale.ROOT,
            "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
            lon,
            lat,
            lon + 0.01,
            lat + 0.01,
            lon + 0.01,
            lat,
            lon,
            lat + 0.01,
            lon,
            lat);
    String page =
        importFile(
            collection(
                feature("Bra " + unique, square(lat, lon, 0.01)),
                feature("Kors " + unique, bowTie),
                feature("Ute " + unique, square(map.maxLatitude(), lon, 0.01)),
                feature("Bra " + unique, square(lat + 0.03, lon, 0.01)),
                feature("Över " + unique, square(lat + 0.005, lon + 0.005, 0.01)),
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                    + square(lat, lon, 0.001)
                    + "}"),
            400);
    assertThat(page)
        .contains("Område 2 (Kors " + unique + "): Gränsen korsar sig själv")
        .contains("Område 3 (Ute " + unique + "): Gränsen går utanför kommunens karta")
        .contains("Område 4 (Bra " + unique + "): namnet finns flera gånger i filen")
        .contains("Område 5 (Över " + unique + "): Gränsen överlappar området Bra " + unique)
        .contains("Område 6 (–): egenskapen namn saknas");
    assertThat(ours()).isEmpty();
  }

  @Test
  void aFileThatIsNotGeoJsonOrTooLargeIsRefused() throws Exception {
    assertThat(importFile("namn;lat;lon", 400)).contains("Filen är inte GeoJSON");
    assertThat(importFile("{\"type\":\"Polygon\",\"coordinates\":[]}", 400))
        .contains("Filen ska vara en GeoJSON FeatureCollection");
    assertThat(importFile(collection(), 400)).contains("Filen innehåller inga områden");

    StringBuilder huge = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    huge.append(" ".repeat(5_000_001)).append("]}");
    assertThat(importFile(huge.toString(), 400)).contains("Filen är för stor");

    StringBuilder ring = new StringBuilder();
    int n = 20_001;
    for (int i = 0; i < n; i++) {
      double angle = 2 * Math.PI * i / n;
      ring.append(
          String.format(
              Locale.ROOT,
              "[%.7f,%.7f],",
              lon + 0.01 + 0.005 * Math.cos(angle),
              lat + 0.01 + 0.005 * Math.sin(angle)));
    }
    ring.append(String.format(Locale.ROOT, "[%.7f,%.7f]", lon + 0.015, lat + 0.01));
    String many = "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    assertThat(importFile(collection(feature("Rund " + unique, many)), 400))
        .contains("Område 1 (Rund " + unique + "): Gränsen har för många hörn");
    assertThat(ours()).isEmpty();
  }

  @Test
  void anAreaARoutingRulePointsToIsNotDeletedButCanBeArchived() throws Exception {
    add("Väster " + unique, square(lat, lon, 0.01), 302);
    Area west = ours().get(0);
    var housing =
        organisations.register(
            municipality, "Bostäder " + unique, OrganisationKind.HOUSING_COMPANY, null);
    routing.addAreaRoute(municipality, housing.id(), "Väster " + unique, west.id());

    String refused = send(post("/personal/admin/omraden/" + west.id() + "/ta-bort"), 409);
    assertThat(refused)
        .contains("används och kan inte tas bort")
        .contains("Regel för vart rapporter skickas: Väster " + unique);
    assertThat(areas.find(municipality, west.id())).isPresent();

    send(post("/personal/admin/omraden/" + west.id() + "/arkiv").param("archived", "true"), 302);
    assertThat(areas.find(municipality, west.id()).orElseThrow().archived()).isTrue();
    assertThat(areas.all(municipality)).extracting(Area::id).doesNotContain(west.id());

    add("Tom " + unique, square(lat + 0.03, lon, 0.01), 302);
    Area empty = ours().stream().filter(a -> a.name().startsWith("Tom")).findFirst().orElseThrow();
    send(post("/personal/admin/omraden/" + empty.id() + "/ta-bort"), 302);
    assertThat(areas.find(municipality, empty.id())).isEmpty();
  }
}
