package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.place.PublicPlaceMap;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The public trygghetskarta: approved reports only, small cells suppressed, positions snapped, the
 * filters and the exports. Each test's reports carry their own report date, and the tests filter on
 * it, so the demo data and other tests stay out of the way.
 */
@IntegrationTest
class PublicMapIntegrationTest {

  private static final AtomicInteger DAY = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired PlaceCategories categories;
  @Autowired PlaceSettings settings;

  MunicipalityId municipality;
  PlaceCategory lighting;
  PlaceCategory litter;
  PlaceCategory unsafePlace;
  HeatGrid grid;
  LocalDate day;
  String period;
  List<Coordinates> exact = new ArrayList<>();

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    lighting = category("LIGHTING");
    litter = category("LITTER");
    unsafePlace = category("UNSAFE_PLACE");
    grid = HeatGrid.over(settings.of(municipality), HeatGrid.HEAT_CELL_METRES);
    day =
        LocalDate.of(1990, 1, 1)
            .plusDays(ThreadLocalRandom.current().nextInt(3000) * 3L + DAY.getAndIncrement());
    period = "fran=" + day + "&till=" + day;
  }

  PlaceCategory category(String code) {
    return categories.all(municipality).stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  /** A point inside a cell, away from its centre and edges. */
  Coordinates inside(HeatGrid.Cell cell) {
    Coordinates centre = grid.centre(cell);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Coordinates point =
        new Coordinates(
            centre.latitude() + (random.nextDouble(0.0001, 0.0008)),
            centre.longitude() - (random.nextDouble(0.0001, 0.0015)));
    exact.add(point);
    return point;
  }

  void insert(Coordinates at, PlaceCategory category, String status, String time, String text) {
    jdbc.sql(
            """
            INSERT INTO place_report (report_id, municipality_id, category_id, latitude, longitude,
              time_of_day, description, public_text, flagged, status, receipt_token,
              private_token_hash, reported_at)
            VALUES (:id, :m, :c, :lat, :lon, :time, :d, :p, false, :status, :r, :h, :at)
            """)
        .param("id", UUID.randomUUID())
        .param("m", municipality.value())
        .param("c", category.id())
        .param("lat", at.latitude())
        .param("lon", at.longitude())
        .param("time", time)
        .param("d", "Original med namn Hemligsson " + UUID.randomUUID())
        .param("p", "PUBLISHED".equals(status) ? text : null)
        .param("status", status)
        .param("r", UUID.randomUUID())
        .param("h", UUID.randomUUID().toString())
        .param("at", day.atTime(LocalTime.NOON).atZone(PublicPlaceMap.ZONE).toOffsetDateTime())
        .update();
  }

  HeatGrid.Cell two = new HeatGrid.Cell(40, 150);
  HeatGrid.Cell three = new HeatGrid.Cell(60, 160);

  /** Two approved reports in one cell (plus unapproved ones), three approved in another. */
  void seed() {
    insert(inside(two), lighting, "PUBLISHED", "EVENING", "Mörk gångväg A");
    insert(inside(two), lighting, "PUBLISHED", "EVENING", "Mörk gångväg B");
    insert(inside(two), lighting, "PENDING", "EVENING", "");
    insert(inside(two), lighting, "REJECTED", "EVENING", "");
    insert(inside(two), lighting, "INTERNAL", "EVENING", "");
    for (int i = 0; i < 3; i++) {
      insert(inside(three), lighting, "PUBLISHED", "EVENING", "Trasig lampa nummer " + i);
    }
  }

  String body(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  static int count(String text, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  void assertNoExactPosition(String text) {
    for (Coordinates c : exact) {
      assertThat(text)
          .doesNotContain(String.valueOf(c.latitude()))
          .doesNotContain(String.valueOf(c.longitude()))
          .doesNotContain(String.format(Locale.ROOT, "%.6f", c.latitude()))
          .doesNotContain(String.format(Locale.ROOT, "%.6f", c.longitude()));
    }
  }

  @Test
  void onlyApprovedReportsAppearAndACellOfTwoIsSuppressedWhileThreeIsShown() throws Exception {
    seed();
    String html = body("/trygghetskarta?lang=sv&" + period);
    assertThat(count(html, "<th scope=\"row\"")).isEqualTo(1);
    HeatGrid.CellCount shown = grid.count(three, 3, null);
    assertThat(html)
        .contains(String.format(Locale.ROOT, "%.4f", shown.centre().latitude()))
        .contains("Godkända rapporter en och en (5)")
        .contains("Mörk gångväg A")
        .contains("Trasig lampa nummer 2")
        .doesNotContain("Hemligsson");
    String suppressed =
        String.format(Locale.ROOT, "%.4f", grid.centre(two).latitude())
            + ", "
            + String.format(Locale.ROOT, "%.4f", grid.centre(two).longitude());
    assertThat(html).doesNotContain(suppressed);
    assertNoExactPosition(html);

    String geojson = body("/trygghetskarta/rutnat.geojson?" + period);
    assertThat(count(geojson, "\"type\":\"Feature\"")).isEqualTo(1);
    assertThat(geojson).contains("\"count\":3").doesNotContain("\"count\":2");
    assertNoExactPosition(geojson);

    String csv = body("/trygghetskarta/rutnat.csv?" + period);
    assertThat(csv.strip().split("\r\n")).hasSize(2);
    assertThat(csv)
        .startsWith(
            "south,west,north,east,centre_latitude,centre_longitude,count,top_category,area\r\n")
        .containsPattern("\r\n\\d+\\.\\d{6},\\d+\\.\\d{6},.*,3,\"[^\"]+\",\"[^\"]*\"\r\n");
    assertNoExactPosition(csv);
  }

  @Test
  void thePageSaysThatSquaresNeedThreeReportsWhileEachApprovedReportIsListed() throws Exception {
    insert(inside(two), lighting, "PUBLISHED", "EVENING", "Mörk gångväg A");
    insert(inside(two), lighting, "PUBLISHED", "EVENING", "Mörk gångväg B");
    String html = body("/trygghetskarta?lang=sv&" + period);
    assertThat(html)
        .contains("Rutor med minst tre rapporter")
        .doesNotContain("Rutor med flest rapporter")
        .contains("En ruta visas bara när den har minst tre godkända rapporter")
        .contains("En lista med varje godkänd rapport för sig: den granskade texten")
        .contains("Godkända rapporter en och en (2)")
        .contains("Mörk gångväg A");
    // No square is shown, and the page says where the two approved reports are instead.
    assertThat(html)
        .contains(
            "id=\"grid-empty\">Ingen ruta har minst tre godkända rapporter som matchar filtret."
                + " De godkända rapporterna finns en och en i listan nedan.");
    assertThat(html).doesNotContain("id=\"heat-grid\"");

    String english = body("/trygghetskarta?lang=en&" + period);
    assertThat(english)
        .contains("A square is shown only when it has at least three approved reports")
        .contains("Approved reports one by one (2)");

    String nothing = body("/trygghetskarta?lang=sv&" + period + "&tid=NIGHT");
    assertThat(nothing)
        .contains(
            "id=\"grid-empty\">Ingen ruta har minst tre godkända rapporter som matchar filtret.<");
  }

  @Test
  void aListedReportNamesTheNearestPlaceOfItsApproximatePosition() throws Exception {
    Coordinates byHavetsHus = new Coordinates(58.27204, 11.43297);
    exact.add(byHavetsHus);
    insert(byHavetsHus, litter, "PUBLISHED", "DAY", "Skräp vid entrén");
    String html = body("/trygghetskarta?lang=sv&" + period);
    assertThat(html).contains("Närmaste plats").contains("Nära Havets hus");
    assertNoExactPosition(html);
    assertThat(body("/trygghetskarta?lang=en&" + period)).contains("Near Havets hus");
  }

  @Test
  void listedPositionsAreSnappedToFiftyMetres() throws Exception {
    seed();
    String html = body("/trygghetskarta?" + period);
    HeatGrid fine = HeatGrid.over(settings.of(municipality), HeatGrid.POSITION_CELL_METRES);
    for (Coordinates c : exact.subList(0, 2)) {
      Coordinates snapped = fine.snap(c);
      assertThat(html)
          .contains(
              String.format(Locale.ROOT, "%.5f, %.5f", snapped.latitude(), snapped.longitude()));
    }
    assertNoExactPosition(html);
  }

  @Test
  void filtersByCategoryTimeOfDayAndPeriod() throws Exception {
    seed();
    assertThat(body("/trygghetskarta?" + period + "&tid=NIGHT"))
        .contains("id=\"grid-empty\"")
        .contains("id=\"list-empty\"");
    assertThat(body("/trygghetskarta?" + period + "&tid=EVENING")).contains("id=\"heat-grid\"");
    assertThat(body("/trygghetskarta?" + period + "&kategori=" + litter.id()))
        .contains("id=\"grid-empty\"");
    assertThat(body("/trygghetskarta?" + period + "&kategori=" + lighting.id()))
        .contains("id=\"heat-grid\"");
    // A top-level category includes its sub-categories.
    assertThat(body("/trygghetskarta?" + period + "&kategori=" + unsafePlace.id()))
        .contains("id=\"heat-grid\"");
    assertThat(body("/trygghetskarta?fran=" + day.plusDays(1) + "&till=" + day.plusDays(1)))
        .contains("id=\"list-empty\"");
    assertThat(body("/trygghetskarta/rutnat.geojson?" + period + "&tid=NIGHT"))
        .doesNotContain("\"Feature\"");
    // Unreadable filters are ignored rather than failing.
    assertThat(body("/trygghetskarta?" + period + "&tid=x&kategori=y&sida=z"))
        .contains("id=\"heat-grid\"");
  }

  @Test
  void exportsHaveTheirContentTypesAndAreDownloads() throws Exception {
    MvcResult geojson = mvc.perform(get("/trygghetskarta/rutnat.geojson")).andReturn();
    assertThat(geojson.getResponse().getStatus()).isEqualTo(200);
    assertThat(geojson.getResponse().getContentType()).startsWith("application/geo+json");
    assertThat(geojson.getResponse().getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("trygghetskarta-rutnat.geojson");
    MvcResult csv = mvc.perform(get("/trygghetskarta/rutnat.csv")).andReturn();
    assertThat(csv.getResponse().getStatus()).isEqualTo(200);
    assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
    assertThat(csv.getResponse().getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("trygghetskarta-rutnat.csv");
  }
}
