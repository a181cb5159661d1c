package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The week's figures: field events and place reports counted per category, place, weekend, time of
 * day and weekday; small heat cells suppressed; the change against earlier weeks; and the week page
 * shows no free text, reporter or position.
 */
@IntegrationTest
class EstWeekFiguresIntegrationTest {

  static final Locale SV = Locale.forLanguageTag("sv");
  static final String PASSWORD = "Trygghet2026!";

  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.web.context.WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired PlaceCategories categories;
  @Autowired PlaceSettings settings;
  @Autowired EstWeekFigures figures;
  @Autowired StartEstWeek startWeek;

  MunicipalityId municipality;
  StaffMember reporter;
  EstTestData data;
  HeatGrid grid;
  PlaceCategory a;
  PlaceCategory b;
  WeekNumber week;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    reporter = StaffMother.staff(municipalities, accounts, "Rut Rapportör", Role.FIELD_REPORTER);
    data = new EstTestData(jdbc, municipality, reporter.id());
    grid = HeatGrid.over(settings.of(municipality), HeatGrid.HEAT_CELL_METRES);
    List<PlaceCategory> all = categories.all(municipality);
    a = all.get(0);
    b = all.get(1);
    week = EstTestData.freshWeek();
  }

  EstWeekFigures.CategoryRow row(EstWeekFigures.WeekFigures f, PlaceCategory category) {
    return f.categories().stream()
        .filter(r -> r.categoryId().equals(category.id()))
        .findFirst()
        .orElseThrow();
  }

  Coordinates somewhere() {
    return EstTestData.inside(grid, new HeatGrid.Cell(30, 40));
  }

  @Test
  void countsPerCategoryPlaceWeekendTimeOfDayAndWeekday() {
    UUID r = data.report("TRYGGHETSVARD");
    // Tuesday 10:00 (day), Saturday 20:00 (weekend, evening), Friday 16:59 (not weekend).
    data.event(
        r, a.id(), somewhere(), "Södra hamnen", null, EstTestData.at(week, 2, 10, 0), 30, "x");
    data.event(
        r, a.id(), somewhere(), "Södra hamnen", null, EstTestData.at(week, 6, 20, 0), 30, "x");
    data.event(
        r, a.id(), somewhere(), "Södra hamnen", null, EstTestData.at(week, 5, 16, 59), 30, "x");
    data.event(r, b.id(), somewhere(), "Kyrkviken", null, EstTestData.at(week, 5, 17, 0), 30, "x");
    data.event(r, b.id(), somewhere(), "", null, EstTestData.at(week, 7, 23, 30), 20, "x");
    // Outside the week: the Monday after, and the Sunday before.
    data.event(
        r, a.id(), somewhere(), "Södra hamnen", null, EstTestData.at(week.next(), 1, 0, 0), 5, "x");
    data.event(
        r,
        a.id(),
        somewhere(),
        "Södra hamnen",
        null,
        EstTestData.at(week, 1, 0, 0).minusMinutes(1),
        5,
        "x");
    data.placeReport(b.id(), somewhere(), "NIGHT", EstTestData.at(week, 3, 12, 0));
    data.placeReport(b.id(), somewhere(), "EVENING", EstTestData.at(week, 7, 12, 0));

    var f = figures.of(municipality, week, SV);

    assertThat(f.fieldEvents()).isEqualTo(5);
    assertThat(f.weekendFieldEvents()).isEqualTo(3);
    assertThat(f.placeReports()).isEqualTo(2);
    assertThat(f.weekendPlaceReports()).isEqualTo(1);
    assertThat(row(f, a).fieldEvents()).isEqualTo(3);
    assertThat(row(f, a).weekendFieldEvents()).isEqualTo(1);
    assertThat(row(f, a).placeReports()).isZero();
    assertThat(row(f, b).fieldEvents()).isEqualTo(2);
    assertThat(row(f, b).placeReports()).isEqualTo(2);
    assertThat(row(f, b).total()).isEqualTo(4);

    assertThat(f.places())
        .extracting(EstWeekFigures.PlaceRow::name, EstWeekFigures.PlaceRow::fieldEvents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Södra hamnen", 3),
            org.assertj.core.groups.Tuple.tuple("", 1),
            org.assertj.core.groups.Tuple.tuple("Kyrkviken", 1));

    assertThat(f.timesOfDay())
        .extracting(
            EstWeekFigures.PatternRow::key,
            EstWeekFigures.PatternRow::fieldEvents,
            EstWeekFigures.PatternRow::placeReports)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DAY", 2, 0),
            org.assertj.core.groups.Tuple.tuple("EVENING", 2, 1),
            org.assertj.core.groups.Tuple.tuple("NIGHT", 1, 1));
    assertThat(f.weekdays().get(1).fieldEvents()).isEqualTo(1); // Tuesday
    assertThat(f.weekdays().get(4).fieldEvents()).isEqualTo(2); // Friday
    assertThat(f.weekdays().get(6).total()).isEqualTo(2); // Sunday: event + place report
  }

  @Test
  void heatCellsWithFewerThanThreeAreSuppressed() {
    UUID r = data.report("FALTARE");
    HeatGrid.Cell two = new HeatGrid.Cell(12, 20);
    HeatGrid.Cell three = new HeatGrid.Cell(14, 22);
    HeatGrid.Cell mixed = new HeatGrid.Cell(16, 24);
    for (int i = 0; i < 2; i++) {
      data.event(
          r,
          a.id(),
          EstTestData.inside(grid, two),
          "",
          null,
          EstTestData.at(week, 2, 12, i),
          5,
          "x");
    }
    for (int i = 0; i < 3; i++) {
      data.event(
          r,
          a.id(),
          EstTestData.inside(grid, three),
          "",
          null,
          EstTestData.at(week, 3, 12, i),
          5,
          "x");
    }
    data.event(
        r,
        b.id(),
        EstTestData.inside(grid, mixed),
        "",
        null,
        EstTestData.at(week, 4, 12, 0),
        5,
        "x");
    data.placeReport(
        b.id(), EstTestData.inside(grid, mixed), "DAY", EstTestData.at(week, 4, 13, 0));
    data.placeReport(
        b.id(), EstTestData.inside(grid, mixed), "DAY", EstTestData.at(week, 4, 14, 0));

    var f = figures.of(municipality, week, SV);

    assertThat(f.cells())
        .extracting(EstWeekFigures.CellRow::fieldEvents, EstWeekFigures.CellRow::placeReports)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(3, 0), org.assertj.core.groups.Tuple.tuple(1, 2));
    assertThat(f.cells()).allSatisfy(c -> assertThat(c.total()).isGreaterThanOrEqualTo(3));
    assertThat(f.suppressedCells()).isEqualTo(1);
  }

  @Test
  void changeAgainstLastWeekAndTheAverageOfTheFourWeeksBefore() {
    UUID r = data.report("BOVARD");
    int[] earlier = {5, 4, 0, 3}; // weeks -1 .. -4
    for (int back = 1; back <= 4; back++) {
      WeekNumber w = week.plusWeeks(-back);
      for (int i = 0; i < earlier[back - 1]; i++) {
        data.event(r, a.id(), somewhere(), "Torget", null, EstTestData.at(w, 3, 12, i), 5, "x");
      }
    }
    // Week -5 is outside the average.
    data.event(
        r,
        a.id(),
        somewhere(),
        "Torget",
        null,
        EstTestData.at(week.plusWeeks(-5), 3, 12, 0),
        5,
        "x");
    data.event(r, a.id(), somewhere(), "Torget", null, EstTestData.at(week, 3, 12, 0), 5, "x");
    data.placeReport(a.id(), somewhere(), "DAY", EstTestData.at(week, 3, 12, 0));
    data.placeReport(b.id(), somewhere(), "DAY", EstTestData.at(week.previous(), 3, 12, 0));

    var f = figures.of(municipality, week, SV);

    assertThat(row(f, a).total()).isEqualTo(2);
    assertThat(row(f, a).previous()).isEqualTo(5);
    assertThat(row(f, a).changeFromPrevious()).isEqualTo(-3);
    assertThat(row(f, a).average()).isEqualTo(3.0);
    assertThat(row(f, a).changeFromAverage()).isEqualTo(-1.0);
    // A category seen only in an earlier week is still listed, with a fall to zero.
    assertThat(row(f, b).total()).isZero();
    assertThat(row(f, b).previous()).isEqualTo(1);
    assertThat(row(f, b).average()).isEqualTo(0.25);
  }

  @Test
  void theWeekPageShowsCountsButNoFreeTextReporterOrPosition() throws Exception {
    String secret = "Hemligsson sprang mot Storgatan " + UUID.randomUUID();
    UUID r = data.report("VAKTARE");
    Coordinates exact = new Coordinates(58.274_123_4, 11.437_654_3);
    for (int i = 0; i < 3; i++) {
      data.event(
          r, a.id(), exact, "Badhusberget", null, EstTestData.at(week, 6, 21, i), 10, secret);
    }
    data.placeReport(b.id(), exact, "NIGHT", EstTestData.at(week, 6, 22, 0));
    StaffMember coordinator =
        StaffMother.staff(municipalities, accounts, "Siv Samordnare", Role.SAFETY_COORDINATOR);
    startWeek.start(municipality, week, accounts.actingAs(coordinator));
    MockMvc staffMvc = StaffSessions.mockMvc(context);
    MockHttpSession session = StaffSessions.signIn(staffMvc, coordinator.email(), PASSWORD);
    String html =
        staffMvc
            .perform(get("/personal/est/" + week.year() + "/" + week.week()).session(session))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(html).contains("Badhusberget").contains(a.nameSv());
    assertThat(html).doesNotContain("Hemligsson").doesNotContain("Storgatan");
    assertThat(html).doesNotContain("Invånarens egen text");
    assertThat(html).doesNotContain(reporter.displayName()).doesNotContain(reporter.email());
    assertThat(html).doesNotContain("58.2741").doesNotContain("11.4376");
  }
}
