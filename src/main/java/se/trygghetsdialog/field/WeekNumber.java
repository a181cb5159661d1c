package se.trygghetsdialog.field;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * An ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday) in the municipality's
 * time zone, Europe/Stockholm. The week runs from Monday 00:00 to the next Monday 00:00 local time,
 * so a week with a daylight-saving change lasts 167 or 169 hours; the weekend is Friday 17:00 to
 * the end of Sunday. Pure: no clock unless one is passed.
 */
public record WeekNumber(int year, int week) implements Comparable<WeekNumber> {

  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  /** When the weekend starts on Friday, local time. */
  public static final LocalTime WEEKEND_STARTS = LocalTime.of(17, 0);

  public WeekNumber {
    if (year < 2000 || year > 2999 || week < 1 || week > weeksIn(year)) {
      throw new IllegalArgumentException("no such ISO week: " + year + "-W" + week);
    }
  }

  /** The week, or empty when the year has no such week (e.g. week 53 in most years). */
  public static Optional<WeekNumber> parse(int year, int week) {
    try {
      return Optional.of(new WeekNumber(year, week));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The number of ISO weeks in a year: 52 or 53. */
  public static int weeksIn(int year) {
    return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
  }

  /** The ISO week a local date belongs to (1 January may belong to the previous year's week). */
  public static WeekNumber of(LocalDate date) {
    return new WeekNumber(
        date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The ISO week of an instant, in Stockholm time. */
  public static WeekNumber of(Instant instant) {
    return of(instant.atZone(ZONE).toLocalDate());
  }

  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  /** Monday 00:00 local time. */
  public OffsetDateTime start() {
    return monday().atStartOfDay(ZONE).toOffsetDateTime();
  }

  /** The next Monday 00:00 local time (exclusive). */
  public OffsetDateTime end() {
    return monday().plusDays(7).atStartOfDay(ZONE).toOffsetDateTime();
  }

  /** Friday 17:00 local time. */
  public OffsetDateTime weekendStart() {
    return ZonedDateTime.of(monday().plusDays(4), WEEKEND_STARTS, ZONE).toOffsetDateTime();
  }

  /** Whether an instant falls in the week. */
  public boolean contains(OffsetDateTime time) {
    return !time.isBefore(start()) && time.isBefore(end());
  }

  /** Whether an instant falls in the weekend (Friday 17:00 to the end of Sunday). */
  public boolean inWeekend(OffsetDateTime time) {
    return !time.isBefore(weekendStart()) && time.isBefore(end());
  }

  public WeekNumber plusWeeks(long weeks) {
    return of(monday().plusWeeks(weeks));
  }

  public WeekNumber previous() {
    return plusWeeks(-1);
  }

  public WeekNumber next() {
    return plusWeeks(1);
  }

  /** The week of the year before with the same number, or its last week if it has fewer. */
  public WeekNumber sameWeekLastYear() {
    return new WeekNumber(year - 1, Math.min(week, weeksIn(year - 1)));
  }

  /** Whole weeks from this week to another (negative when the other is earlier). */
  public long weeksUntil(WeekNumber other) {
    return ChronoUnit.WEEKS.between(monday(), other.monday());
  }

  /** Dag 06–17, kväll 17–22, natt 22–06, by the local hour of an instant. */
  public static WeekTimeOfDay timeOfDay(OffsetDateTime time) {
    return timeOfDay(time.atZoneSameInstant(ZONE).getHour());
  }

  /** Dag 06–17, kväll 17–22, natt 22–06, by a local hour (0–23). */
  public static WeekTimeOfDay timeOfDay(int hour) {
    if (hour >= 6 && hour < 17) {
      return WeekTimeOfDay.DAY;
    }
    return hour >= 17 && hour < 22 ? WeekTimeOfDay.EVENING : WeekTimeOfDay.NIGHT;
  }

  /** ISO day of the week, 1 (Monday) to 7 (Sunday), in local time. */
  public static int weekday(OffsetDateTime time) {
    return time.atZoneSameInstant(ZONE).getDayOfWeek().getValue();
  }

  @Override
  public int compareTo(WeekNumber other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(week, other.week);
  }

  @Override
  public String toString() {
    return year + "-W" + (week < 10 ? "0" : "") + week;
  }
}
