package se.trygghetsdialog.session;

import java.util.Map;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/**
 * How many took part in a session, as counts only (never names). The age and gender counts are what
 * was known: each sums to at most {@code total}.
 */
public record Attendance(int total, Map<AgeBand, Integer> byAge, Map<Gender, Integer> byGender) {

  public Attendance {
    byAge = Map.copyOf(byAge);
    byGender = Map.copyOf(byGender);
  }
}
