package se.trygghetsdialog.walk;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * When a meeting is reminded: it has not started yet and starts within {@code before} from now. A
 * meeting that has started (or starts exactly now) gets no reminder.
 */
record ReminderWindow(Duration before) {

  ReminderWindow {
    if (before.isNegative() || before.isZero()) {
      throw new IllegalArgumentException("the reminder window must be positive");
    }
  }

  static ReminderWindow hoursBefore(long hours) {
    return new ReminderWindow(Duration.ofHours(hours));
  }

  /** The end of the window: meetings starting after this wait for a later run. */
  OffsetDateTime until(OffsetDateTime now) {
    return now.plus(before);
  }

  boolean due(OffsetDateTime meetingAt, OffsetDateTime now) {
    return meetingAt.isAfter(now) && !meetingAt.isAfter(until(now));
  }
}
