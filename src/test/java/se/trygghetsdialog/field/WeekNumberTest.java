package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WeekNumberTest {

  static OffsetDateTime local(int y, int m, int d, int h, int min) {
    return ZonedDateTime.of(y, m, d, h, min, 0, 0, WeekNumber.ZONE).toOffsetDateTime();
  }

  @Test
  void aDateBelongsToItsIsoWeek() {
    assertThat(WeekNumber.of(LocalDate.of(2026, 11, 27))).isEqualTo(new WeekNumber(2026, 48));
    assertThat(new WeekNumber(2026, 48).monday()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(new WeekNumber(2026, 48).sunday()).isEqualTo(LocalDate.of(2026, 11, 29));
  }

  @Test
  void earlyJanuaryCanBelongToTheYearBeforeAndLateDecemberToTheYearAfter() {
    // 2027-01-01 is a Friday: it belongs to week 53 of 2026.
    assertThat(WeekNumber.of(LocalDate.of(2027, 1, 1))).isEqualTo(new WeekNumber(2026, 53));
    assertThat(WeekNumber.of(LocalDate.of(2027, 1, 4))).isEqualTo(new WeekNumber(2027, 1));
    // 2024-12-30 is a Monday: it starts week 1 of 2025.
    assertThat(WeekNumber.of(LocalDate.of(2024, 12, 30))).isEqualTo(new WeekNumber(2025, 1));
    assertThat(new WeekNumber(2025, 1).monday()).isEqualTo(LocalDate.of(2024, 12, 30));
  }

  @Test
  void onlySomeYearsHaveWeek53() {
    assertThat(WeekNumber.weeksIn(2026)).isEqualTo(53);
    assertThat(WeekNumber.weeksIn(2020)).isEqualTo(53);
    assertThat(WeekNumber.weeksIn(2025)).isEqualTo(52);
    assertThat(WeekNumber.parse(2025, 53)).isEmpty();
    assertThat(WeekNumber.parse(2026, 53)).isPresent();
    assertThat(WeekNumber.parse(2026, 0)).isEmpty();
    assertThatThrownBy(() -> new WeekNumber(2025, 53)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weeksStepAcrossYearEnds() {
    assertThat(new WeekNumber(2026, 53).next()).isEqualTo(new WeekNumber(2027, 1));
    assertThat(new WeekNumber(2027, 1).previous()).isEqualTo(new WeekNumber(2026, 53));
    assertThat(new WeekNumber(2026, 1).previous()).isEqualTo(new WeekNumber(2025, 52));
    assertThat(new WeekNumber(2026, 2).plusWeeks(-5)).isEqualTo(new WeekNumber(2025, 49));
    assertThat(new WeekNumber(2026, 53).sameWeekLastYear()).isEqualTo(new WeekNumber(2025, 52));
  }

  @Test
  void theWeekRunsFromMondayMidnightStockholmTime() {
    WeekNumber week = new WeekNumber(2026, 48);
    assertThat(week.start()).isEqualTo(local(2026, 11, 23, 0, 0));
    // In winter Stockholm is UTC+1: Sunday 23:30 UTC is already Monday in the next week.
    assertThat(week.contains(OffsetDateTime.parse("2026-11-29T22:59:59Z"))).isTrue();
    assertThat(week.contains(OffsetDateTime.parse("2026-11-29T23:00:00Z"))).isFalse();
    assertThat(week.contains(OffsetDateTime.parse("2026-11-22T23:00:00Z"))).isTrue();
    assertThat(WeekNumber.of(OffsetDateTime.parse("2026-11-29T23:30:00Z").toInstant()))
        .isEqualTo(new WeekNumber(2026, 49));
  }

  @Test
  void weeksWithADaylightSavingChangeAreAnHourShorterOrLonger() {
    // Summer time starts on 2026-03-29 (week 13) and ends on 2026-10-25 (week 43).
    WeekNumber spring = new WeekNumber(2026, 13);
    WeekNumber autumn = new WeekNumber(2026, 43);
    assertThat(Duration.between(spring.start(), spring.end())).isEqualTo(Duration.ofHours(167));
    assertThat(Duration.between(autumn.start(), autumn.end())).isEqualTo(Duration.ofHours(169));
    assertThat(Duration.between(new WeekNumber(2026, 48).start(), new WeekNumber(2026, 48).end()))
        .isEqualTo(Duration.ofDays(7));
  }

  @Test
  void theWeekendStartsOnFridayAtFiveInTheAfternoon() {
    WeekNumber summer = new WeekNumber(2026, 27);
    assertThat(summer.weekendStart()).isEqualTo(local(2026, 7, 3, 17, 0));
    assertThat(summer.weekendStart().getOffset().getTotalSeconds()).isEqualTo(7200);
    assertThat(summer.inWeekend(local(2026, 7, 3, 16, 59))).isFalse();
    assertThat(summer.inWeekend(local(2026, 7, 3, 17, 0))).isTrue();
    assertThat(summer.inWeekend(local(2026, 7, 5, 23, 59))).isTrue();
    assertThat(summer.inWeekend(local(2026, 7, 6, 0, 0))).isFalse();
    WeekNumber winter = new WeekNumber(2026, 48);
    assertThat(winter.weekendStart()).isEqualTo(OffsetDateTime.parse("2026-11-27T16:00:00Z"));
  }

  @Test
  void timeOfDayAndWeekdayUseLocalTime() {
    // 15:30 UTC in summer is 17:30 in Stockholm: evening.
    assertThat(WeekNumber.timeOfDay(OffsetDateTime.parse("2026-07-01T15:30:00Z")))
        .isEqualTo(WeekTimeOfDay.EVENING);
    assertThat(WeekNumber.timeOfDay(OffsetDateTime.parse("2026-07-01T14:59:00Z")))
        .isEqualTo(WeekTimeOfDay.DAY);
    assertThat(WeekNumber.timeOfDay(OffsetDateTime.parse("2026-07-01T20:00:00Z")))
        .isEqualTo(WeekTimeOfDay.NIGHT);
    assertThat(WeekNumber.timeOfDay(OffsetDateTime.parse("2026-07-01T04:00:00Z")))
        .isEqualTo(WeekTimeOfDay.DAY);
    // Sunday 23:30 UTC in winter is Monday 00:30 in Stockholm.
    assertThat(WeekNumber.weekday(OffsetDateTime.parse("2026-11-29T23:30:00Z"))).isEqualTo(1);
  }
}
