package se.trygghetsdialog.field;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/** The coordinator starts the EST week of an ISO week; starting it again opens the same week. */
@Service
public class StartEstWeek {

  private final EstWeekRepository weeks;

  StartEstWeek(EstWeekRepository weeks) {
    this.weeks = weeks;
  }

  @Transactional
  public EstWeek start(MunicipalityId municipality, WeekNumber week, StaffPrincipal actor) {
    return weeks.insertIfAbsent(municipality, week, actor.accountId());
  }
}
