package se.trygghetsdialog.field;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;

/** The coordinator closes the week (”Avsluta veckan”); from then on it is read-only. */
@Service
public class CloseEstWeek {

  private final EstWeekRepository weeks;

  CloseEstWeek(EstWeekRepository weeks) {
    this.weeks = weeks;
  }

  /**
   * @throws EstRuleViolation if the week is already closed
   */
  @Transactional
  public void close(EstWeek week, StaffPrincipal actor) {
    FieldPolicy.checkWeekOpen(week);
    if (!weeks.close(week.municipalityId(), week.id(), actor.accountId())) {
      throw new EstRuleViolation("", "field.week.error.closed");
    }
  }
}
