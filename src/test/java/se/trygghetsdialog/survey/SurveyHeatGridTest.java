package se.trygghetsdialog.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.place.PublicPlaceMap;
import se.trygghetsdialog.place.TimeOfDay;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The answers to a survey's map question marked as asking for unsafe places count on the public
 * heat grid of the trygghetskarta under the rules of place reports (three per cell, cells only),
 * once their round has closed; an open round's answers do not. In a municipality of its own, so
 * that the place-report tests of the shared one never see these places.
 */
@IntegrationTest
class SurveyHeatGridTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired BuildSurvey build;
  @Autowired AnswerSurvey answers;
  @Autowired Surveys surveys;
  @Autowired PublicPlaceMap map;
  @Autowired PlaceSettings settings;
  @Autowired MockMvc mvc;

  FreshMunicipality kommun;
  MunicipalityId m;
  StaffPrincipal leader;
  MapSettings bounds;
  HeatGrid grid;
  UUID survey;
  Question place;
  LocalDate today = LocalDate.now(Ui.ZONE);

  @BeforeEach
  void setUp() {
    kommun = FreshMunicipality.register(municipalities);
    m = kommun.tenant().id();
    leader = accounts.actingAs(kommun.staff(accounts, "Kim Karta", Role.PROCESS_LEADER));
    bounds = settings.of(m);
    grid = HeatGrid.over(bounds, HeatGrid.HEAT_CELL_METRES);
    survey = build.create(m, new BuildSurvey.Create("Kartmätning", "", true), leader);
    place =
        surveys.asked(m, survey).stream()
            .filter(q -> q.code().equals(QuestionBank.UNSAFE_PLACE))
            .findFirst()
            .orElseThrow();
  }

  UUID round(LocalDate opens, LocalDate closes) {
    return build.createRound(
        m, survey, new BuildSurvey.RoundInput("Omgång", opens, closes, true, null), leader);
  }

  /** {@code n} paper answers marking the centre of {@code cell}. */
  void mark(UUID round, HeatGrid.Cell cell, int n) {
    Coordinates at = grid.centre(cell);
    for (int i = 0; i < n; i++) {
      answers.enterPaper(
          m,
          round,
          UUID.randomUUID(),
          Map.of(
              "q-" + place.id() + "-lat",
              List.of(String.format(Locale.ROOT, "%.5f", at.latitude())),
              "q-" + place.id() + "-lon",
              List.of(String.format(Locale.ROOT, "%.5f", at.longitude()))),
          leader);
    }
  }

  HeatGrid.Cell cellNear(double latitude, double longitude) {
    return grid.cellOf(new Coordinates(latitude, longitude));
  }

  List<HeatGrid.CellCount> shown(PublicPlaceMap.Filter filter) {
    return map.heatGrid(m, bounds, filter);
  }

  @Test
  void aClosedRoundsMapAnswersCountOnTheGridAndAnOpenRoundsDoNot() {
    UUID closed = round(today.minusDays(20), today.minusDays(1));
    UUID open = round(today.minusDays(1), today.plusDays(10));
    HeatGrid.Cell three = cellNear(58.30, 11.45);
    HeatGrid.Cell two = cellNear(58.35, 11.50);
    HeatGrid.Cell stillOpen = cellNear(58.40, 11.55);
    mark(closed, three, 3);
    mark(closed, two, 2);
    mark(open, stillOpen, 4);

    List<HeatGrid.CellCount> cells = shown(PublicPlaceMap.Filter.all());
    assertThat(cells).containsExactly(grid.count(three, 3, null));

    // Answered today: inside a period that ends today, outside one that ended before.
    assertThat(shown(new PublicPlaceMap.Filter(Set.of(), null, today.minusDays(7), today)))
        .containsExactly(grid.count(three, 3, null));
    assertThat(
            shown(
                new PublicPlaceMap.Filter(
                    Set.of(), null, today.minusDays(30), today.minusDays(10))))
        .isEmpty();
    // The places have no time of day and no category: a filter on either leaves them out.
    assertThat(shown(new PublicPlaceMap.Filter(Set.of(), TimeOfDay.EVENING, null, null))).isEmpty();
    assertThat(shown(new PublicPlaceMap.Filter(Set.of(UUID.randomUUID()), null, null, null)))
        .isEmpty();
  }

  @Test
  void anUnmarkedMapQuestionCountsNoMoreAndThePublicPageShowsTheChangeAtOnce() throws Exception {
    UUID closed = round(today.minusDays(20), today.minusDays(1));
    HeatGrid.Cell cell = cellNear(58.31, 11.46);
    mark(closed, cell, 3);
    String centre =
        String.format(
            Locale.ROOT, "%.4f, %.4f", grid.centre(cell).latitude(), grid.centre(cell).longitude());

    assertThat(publicMap()).contains(centre);
    build.markUnsafePlace(m, place.id(), false, leader);
    assertThat(shown(PublicPlaceMap.Filter.all())).isEmpty();
    assertThat(publicMap()).doesNotContain(centre);
    build.markUnsafePlace(m, place.id(), true, leader);
    assertThat(publicMap()).contains(centre);
  }

  String publicMap() throws Exception {
    return mvc.perform(kommun.on(get("/trygghetskarta?lang=sv")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
