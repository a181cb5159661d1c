package se.trygghetsdialog.session;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When in the week a session meets, as the people it can reach see it: on a weekday within working
 * hours (over by 17:00), on a weekday evening, or at the weekend. Sessions all in one of these
 * reach the same people only.
 */
public enum TimeOfDay {
  WORKING_HOURS,
  EVENING,
  WEEKEND;

  /** The end of working hours. */
  static final LocalTime FIVE_PM = LocalTime.of(17, 0);

  public static TimeOfDay of(LocalDate date, LocalTime end) {
    if (SchoolHolidays.weekend(date)) {
      return WEEKEND;
    }
    return end.isAfter(FIVE_PM) ? EVENING : WORKING_HOURS;
  }
}
