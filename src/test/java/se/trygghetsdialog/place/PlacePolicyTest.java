package se.trygghetsdialog.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.shared.MunicipalityId;

class PlacePolicyTest {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T12:00:00Z");
  static final UUID CATEGORY = UUID.randomUUID();
  static final MapSettings LYSEKIL = new MapSettings(58.15, 58.45, 11.20, 11.65, "", "");
  static final Coordinates STATION = new Coordinates(58.2770, 11.4370);

  static PlaceReport report(
      UUID category, Coordinates at, PlaceReportStatus status, OffsetDateTime when) {
    return new PlaceReport(
        new PlaceReportId(UUID.randomUUID()),
        new MunicipalityId(UUID.randomUUID()),
        category,
        at,
        List.of(),
        TimeOfDay.EVENING,
        null,
        "text",
        null,
        false,
        status,
        "",
        null,
        null,
        false,
        0,
        false,
        when,
        null);
  }

  @Nested
  class Location {

    @Test
    void acceptsAPointInsideLysekil() {
      assertThatNoException()
          .isThrownBy(() -> PlacePolicy.checkWithin(LYSEKIL, "latitude", STATION));
    }

    @Test
    void refusesAPointOutsideTheMunicipalityOnTheGivenField() {
      assertThatThrownBy(
              () -> PlacePolicy.checkWithin(LYSEKIL, "route", new Coordinates(59.33, 18.07)))
          .isInstanceOfSatisfying(
              PlaceRuleViolation.class,
              v -> {
                assertThat(v.field()).isEqualTo("route");
                assertThat(v.messageKey()).isEqualTo("place.error.location.outside");
              });
    }
  }

  @Nested
  class Description {

    @Test
    void refusesAnEmptyDescription() {
      assertThatThrownBy(() -> PlacePolicy.checkDescription("  "))
          .hasMessage("place.error.description.required");
    }

    @Test
    void acceptsExactlyTheMaximumAndRefusesOneMore() {
      assertThatNoException().isThrownBy(() -> PlacePolicy.checkDescription("a".repeat(2000)));
      assertThatThrownBy(() -> PlacePolicy.checkDescription("a".repeat(2001)))
          .hasMessage("place.error.description.tooLong");
    }
  }

  @Nested
  class Duplicates {

    Coordinates metresNorth(double metres) {
      return new Coordinates(STATION.latitude() + metres / 111_195.0, STATION.longitude());
    }

    @Test
    void treatsTheSameCategoryWithinFiftyMetresAndSevenDaysAsTheSameProblem() {
      PlaceReport existing =
          report(CATEGORY, metresNorth(40), PlaceReportStatus.PENDING, NOW.minusDays(6));
      assertThat(PlacePolicy.isDuplicate(existing, CATEGORY, STATION, NOW)).isTrue();
    }

    @Test
    void ignoresReportsFurtherAwayOlderOrOfAnotherCategory() {
      assertThat(
              PlacePolicy.isDuplicate(
                  report(CATEGORY, metresNorth(60), PlaceReportStatus.PENDING, NOW),
                  CATEGORY,
                  STATION,
                  NOW))
          .isFalse();
      assertThat(
              PlacePolicy.isDuplicate(
                  report(CATEGORY, STATION, PlaceReportStatus.PUBLISHED, NOW.minusDays(8)),
                  CATEGORY,
                  STATION,
                  NOW))
          .isFalse();
      assertThat(
              PlacePolicy.isDuplicate(
                  report(UUID.randomUUID(), STATION, PlaceReportStatus.PENDING, NOW),
                  CATEGORY,
                  STATION,
                  NOW))
          .isFalse();
    }

    @Test
    void ignoresRejectedAndInternalReports() {
      for (PlaceReportStatus status :
          Set.of(PlaceReportStatus.REJECTED, PlaceReportStatus.INTERNAL)) {
        assertThat(
                PlacePolicy.isDuplicate(
                    report(CATEGORY, STATION, status, NOW), CATEGORY, STATION, NOW))
            .isFalse();
      }
    }
  }

  @Test
  void measuresDistancesInMetres() {
    assertThat(STATION.metresTo(new Coordinates(58.2779, 11.4370))).isBetween(99.0, 101.0);
  }
}
