package se.trygghetsdialog.field;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.shared.NotFoundException;

/** The coordinator records how an action planned last week went: done, partly or not done. */
@Service
public class FollowUpWeekAction {

  public static final int MAX_COMMENT = 2000;

  private final EstWeekRepository weeks;
  private final PersonalDataScreener screener;

  FollowUpWeekAction(EstWeekRepository weeks, PersonalDataScreener screener) {
    this.weeks = weeks;
    this.screener = screener;
  }

  /**
   * @throws NotFoundException if the measure was not planned in the week before
   * @throws EstRuleViolation if the week is closed or the comment is refused
   */
  @Transactional
  public void record(
      EstWeek week,
      UUID measureId,
      WeekFollowUpOutcome outcome,
      String comment,
      StaffPrincipal actor) {
    FieldPolicy.checkWeekOpen(week);
    EstWeek previous =
        weeks
            .find(week.municipalityId(), week.week().previous())
            .orElseThrow(() -> new NotFoundException("week"));
    if (!weeks.actions(previous.id()).contains(measureId)) {
      throw new NotFoundException("action");
    }
    new EstTextCheck(screener).text("comment-" + measureId, comment.strip(), MAX_COMMENT).orThrow();
    weeks.saveFollowUp(week.id(), measureId, outcome, comment.strip(), actor.accountId());
  }
}
