package se.trygghetsdialog.identity;

import java.time.Duration;

/**
 * How long the next sign-in from one client address with one e-mail address waits after a number of
 * failures: the first {@code freeFailures} cost nothing, each one after them doubles the wait,
 * starting at {@code firstDelay} and never beyond {@code maxDelay}.
 */
record SignInDelays(int freeFailures, Duration firstDelay, Duration maxDelay) {

  SignInDelays {
    if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("sign-in delays out of range");
    }
  }

  /** The wait after {@code failures} failures in a row; zero while they are free. */
  Duration after(int failures) {
    int delayed = failures - freeFailures;
    if (delayed <= 0) {
      return Duration.ZERO;
    }
    Duration delay = firstDelay;
    for (int i = 1; i < delayed && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /** Whether this failure is the first that costs a wait (the holder is told then). */
  boolean firstDelayed(int failures) {
    return failures == freeFailures + 1;
  }
}
