package se.trygghetsdialog.field;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.Horizon;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureKind;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;

/**
 * The operational team plans an action for next week: a short-term measure in the measure register
 * with an owner, to be followed up at the end of next week; the week remembers it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanWeekAction {

  static final int MAX_OWNER = 200;

  /**
   * @param creationToken one per form; a repeated submit plans nothing new
   */
  public record Input(
      UUID creationToken,
      String title,
      String description,
      String owner,
      OwnerKind ownerKind,
      @Nullable UUID areaId) {}

  /**
   * The plan form: the texts were screened once when it was bound; a flagged one is refused.
   *
   * @param token one per form; a repeated submit plans nothing new
   */
  public record Command(
      @Nullable UUID token,
      @NotNull(message = "{field.week.error.required}")
          @NoPersonalData(message = "{field.week.error.personalData}")
          ScreenedText title,
      @NotNull(message = "{field.week.error.required}")
          @NoPersonalData(message = "{field.week.error.personalData}")
          ScreenedText description,
      @NotNull(message = "{field.week.error.required}")
          @NoPersonalData(message = "{field.week.error.personalData}")
          ScreenedText owner,
      @NotNull(message = "{field.week.error.ownerKind}") OwnerKind ownerKind) {}

  private final ProposeMeasure proposeMeasure;
  private final EstWeekRepository weeks;
  private final PersonalDataScreener screener;

  /**
   * The plan form, whose texts were screened when it was bound: only their lengths are checked.
   *
   * @throws EstRuleViolation if the week is closed or a field is refused; nothing is saved
   */
  @Transactional
  public MeasureId plan(EstWeek week, Command command, StaffPrincipal actor) {
    FieldPolicy.checkWeekOpen(week);
    Input input =
        new Input(
            command.token() == null ? UUID.randomUUID() : command.token(),
            command.title().text(),
            command.description().text(),
            command.owner().text(),
            command.ownerKind(),
            null);
    new EstTextCheck(screener)
        .length("title", input.title(), ProposeMeasure.MAX_TITLE)
        .length("description", input.description(), ProposeMeasure.MAX_TEXT)
        .length("owner", input.owner(), MAX_OWNER)
        .orThrow();
    return propose(week, input, actor);
  }

  /**
   * An action planned by the application or a test: the texts are screened here.
   *
   * @throws EstRuleViolation if the week is closed or a field is refused; nothing is saved
   */
  @Transactional
  public MeasureId plan(EstWeek week, Input input, StaffPrincipal actor) {
    FieldPolicy.checkWeekOpen(week);
    new EstTextCheck(screener)
        .required("title", input.title())
        .text("title", input.title().strip(), ProposeMeasure.MAX_TITLE)
        .required("description", input.description())
        .text("description", input.description().strip(), ProposeMeasure.MAX_TEXT)
        .required("owner", input.owner())
        .text("owner", input.owner().strip(), MAX_OWNER)
        .orThrow();
    return propose(week, input, actor);
  }

  private MeasureId propose(EstWeek week, Input input, StaffPrincipal actor) {
    MeasureId id;
    try {
      id =
          proposeMeasure.propose(
              week.municipalityId(),
              new ProposeMeasure.Input(
                  input.creationToken(),
                  MeasureKind.MEASURE,
                  input.title(),
                  input.description(),
                  Horizon.SHORT_TERM,
                  input.owner(),
                  input.ownerKind(),
                  "",
                  "",
                  null,
                  input.areaId(),
                  week.week().next().sunday(),
                  List.of()),
              actor);
    } catch (MeasureRuleViolation v) {
      throw new EstRuleViolation(v.field(), v.messageKey());
    }
    weeks.insertAction(week.id(), id.value(), actor.accountId());
    return id;
  }
}
