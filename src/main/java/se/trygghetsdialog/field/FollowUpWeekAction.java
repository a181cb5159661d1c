package se.trygghetsdialog.field;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.NotFoundException;

/** The coordinator records how an action planned last week went: done, partly or not done. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FollowUpWeekAction {

  public static final int MAX_COMMENT = 2000;

  /** The follow-up form of one action; the comment was screened once when it was bound. */
  public record Command(
      @NotNull UUID measure,
      @NotNull(message = "{field.week.error.outcome}") WeekFollowUpOutcome outcome,
      @Nullable @NoPersonalData(message = "{field.week.error.personalData}") ScreenedText comment) {

    public String commentText() {
      return comment == null ? "" : comment.text();
    }
  }

  private final EstWeekRepository weeks;
  private final PersonalDataScreener screener;

  /**
   * The follow-up form, whose comment was screened when it was bound.
   *
   * @throws NotFoundException if the measure was not planned in the week before
   * @throws EstRuleViolation if the week is closed or the comment is too long
   */
  @Transactional
  public void record(EstWeek week, Command command, StaffPrincipal actor) {
    checkPlanned(week, command.measure());
    String comment = command.commentText();
    new EstTextCheck(screener)
        .length("comment-" + command.measure(), comment, MAX_COMMENT)
        .orThrow();
    weeks.saveFollowUp(week.id(), command.measure(), command.outcome(), comment, actor.accountId());
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
    checkPlanned(week, measureId);
    new EstTextCheck(screener).text("comment-" + measureId, comment.strip(), MAX_COMMENT).orThrow();
    weeks.saveFollowUp(week.id(), measureId, outcome, comment.strip(), actor.accountId());
  }

  private void checkPlanned(EstWeek week, UUID measureId) {
    FieldPolicy.checkWeekOpen(week);
    EstWeek previous =
        weeks
            .find(week.municipalityId(), week.week().previous())
            .orElseThrow(() -> new NotFoundException("week"));
    if (!weeks.actions(previous.id()).contains(measureId)) {
      throw new NotFoundException("action");
    }
  }
}
