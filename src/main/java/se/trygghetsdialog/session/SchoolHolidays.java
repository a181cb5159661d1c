package se.trygghetsdialog.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * A municipality's school holidays, for the warning on a session planned in one. In Sweden each
 * school's huvudman sets its own holidays (Skolverket sets none), so these are defaults a
 * municipality changes in its settings. The defaults follow the usual pattern of a municipality in
 * Västra Götaland such as Lysekil (an assumption from the municipalities' published läsårstider,
 * not an official source): sportlov in ISO week 8, påsklov from Långfredag to the Sunday a week
 * after Easter (the week after Easter, which most municipalities of the region take), höstlov in
 * week 44, jullov from 21 December to 6 January (Trettondedag jul), and sommarlov from 13 June to
 * 17 August.
 *
 * @param sportlovWeek the ISO week of sportlov (6 to 11)
 * @param hostlovWeek the ISO week of höstlov (42 to 46)
 * @param summerStart the first day of sommarlov
 * @param summerEnd the last day of sommarlov
 */
public record SchoolHolidays(
    int sportlovWeek, int hostlovWeek, MonthDay summerStart, MonthDay summerEnd) {

  /** The defaults for a municipality in Västra Götaland. */
  public static final SchoolHolidays DEFAULTS =
      new SchoolHolidays(8, 44, MonthDay.of(6, 13), MonthDay.of(8, 17));

  /** The holidays a session may fall in. */
  public enum Holiday {
    SPORTLOV,
    PASKLOV,
    SOMMARLOV,
    HOSTLOV,
    JULLOV
  }

  public SchoolHolidays {
    if (sportlovWeek < 6 || sportlovWeek > 11 || hostlovWeek < 42 || hostlovWeek > 46) {
      throw new IllegalArgumentException("holiday week out of range");
    }
    if (!summerStart.isBefore(summerEnd)) {
      throw new IllegalArgumentException("summer ends before it starts");
    }
  }

  /** The school holiday {@code date} falls in, if any. */
  public Optional<Holiday> on(LocalDate date) {
    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    MonthDay day = MonthDay.from(date);
    if (week == sportlovWeek && date.getMonthValue() < 4) {
      return Optional.of(Holiday.SPORTLOV);
    }
    LocalDate easter = easterSunday(date.getYear());
    if (!date.isBefore(easter.minusDays(2)) && !date.isAfter(easter.plusDays(7))) {
      return Optional.of(Holiday.PASKLOV);
    }
    if (!day.isBefore(summerStart) && !day.isAfter(summerEnd)) {
      return Optional.of(Holiday.SOMMARLOV);
    }
    if (week == hostlovWeek && date.getMonthValue() > 9) {
      return Optional.of(Holiday.HOSTLOV);
    }
    if (!day.isBefore(MonthDay.of(12, 21)) || !day.isAfter(MonthDay.of(1, 6))) {
      return Optional.of(Holiday.JULLOV);
    }
    return Optional.empty();
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** Whether {@code date} is a Saturday or a Sunday. */
  static boolean weekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
