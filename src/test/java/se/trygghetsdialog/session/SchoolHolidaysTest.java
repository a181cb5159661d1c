package se.trygghetsdialog.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.session.SchoolHolidays.Holiday;

class SchoolHolidaysTest {

  private final SchoolHolidays holidays = SchoolHolidays.DEFAULTS;

  @Test
  void sportlovIsWeekEightByDefaultAndSettable() {
    assertThat(holidays.on(LocalDate.of(2027, 2, 24))).contains(Holiday.SPORTLOV);
    assertThat(holidays.on(LocalDate.of(2027, 2, 17))).isEmpty();
    var week7 = new SchoolHolidays(7, 44, MonthDay.of(6, 13), MonthDay.of(8, 17));
    assertThat(week7.on(LocalDate.of(2027, 2, 17))).contains(Holiday.SPORTLOV);
  }

  @Test
  void hostlovIsWeekFortyFour() {
    assertThat(holidays.on(LocalDate.of(2026, 10, 28))).contains(Holiday.HOSTLOV);
    assertThat(holidays.on(LocalDate.of(2026, 11, 4))).isEmpty();
  }

  @Test
  void jullovRunsOverNewYear() {
    assertThat(holidays.on(LocalDate.of(2026, 12, 21))).contains(Holiday.JULLOV);
    assertThat(holidays.on(LocalDate.of(2027, 1, 6))).contains(Holiday.JULLOV);
    assertThat(holidays.on(LocalDate.of(2027, 1, 7))).isEmpty();
    assertThat(holidays.on(LocalDate.of(2026, 12, 18))).isEmpty();
  }

  @Test
  void pasklovFollowsEaster() {
    assertThat(SchoolHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(SchoolHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(holidays.on(LocalDate.of(2027, 3, 26))).contains(Holiday.PASKLOV);
    assertThat(holidays.on(LocalDate.of(2027, 4, 1))).contains(Holiday.PASKLOV);
    assertThat(holidays.on(LocalDate.of(2027, 4, 5))).isEmpty();
  }

  @Test
  void sommarlovFromMidJuneToMidAugust() {
    assertThat(holidays.on(LocalDate.of(2027, 7, 1))).contains(Holiday.SOMMARLOV);
    assertThat(holidays.on(LocalDate.of(2027, 8, 18))).isEmpty();
    assertThat(holidays.on(LocalDate.of(2027, 6, 10))).isEmpty();
  }

  @Test
  void refusesAWeekOutsideTheSeasonAndASummerBackwards() {
    assertThatThrownBy(() -> new SchoolHolidays(20, 44, MonthDay.of(6, 13), MonthDay.of(8, 17)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SchoolHolidays(8, 44, MonthDay.of(8, 17), MonthDay.of(6, 13)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timeOfDaySortsWeekdaysByTheEndAndWeekendsApart() {
    assertThat(TimeOfDay.of(LocalDate.of(2026, 11, 10), java.time.LocalTime.of(16, 0)))
        .isEqualTo(TimeOfDay.WORKING_HOURS);
    assertThat(TimeOfDay.of(LocalDate.of(2026, 11, 10), java.time.LocalTime.of(20, 0)))
        .isEqualTo(TimeOfDay.EVENING);
    assertThat(TimeOfDay.of(LocalDate.of(2026, 11, 14), java.time.LocalTime.of(12, 0)))
        .isEqualTo(TimeOfDay.WEEKEND);
  }
}
