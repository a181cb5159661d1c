package se.trygghetsdialog.field;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;

/** The coordinator closes the week (”Avsluta veckan”); from then on it is read-only. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CloseEstWeek {

  private final EstWeekRepository weeks;

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
