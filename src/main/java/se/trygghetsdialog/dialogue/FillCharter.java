package se.trygghetsdialog.dialogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.StaleForm;
import se.trygghetsdialog.shared.validation.EmailAddress;
import se.trygghetsdialog.tenancy.ParticipationLadder;

/** The dialogue team fills in (and later revises) the charter of step 1. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FillCharter {

  /**
   * What the team sends with the charter form, bound and validated by Spring MVC.
   *
   * @param version the dialogue version the form was based on; missing is stale
   * @param canBeInfluenced yes, no, or not yet assessed (blank)
   */
  public record Command(
      @Nullable Integer version,
      @Nullable @Size(max = MAX, message = TOO_LONG) String purposeInfluence,
      @Nullable @Size(max = MAX, message = TOO_LONG) String purposeBasis,
      @Nullable @Size(max = MAX, message = TOO_LONG) String localGoals,
      @Nullable Boolean canBeInfluenced,
      @Nullable @Size(max = MAX, message = TOO_LONG) String influenceNote,
      @Nullable UUID participationLevelId,
      @Nullable ConflictLevel conflictLevel,
      @Nullable @Size(max = MAX, message = TOO_LONG) String conflictAnalysis,
      @Nullable @Size(max = MAX, message = TOO_LONG) String targetGroups,
      @Nullable @Size(max = MAX, message = TOO_LONG) String rarelyHeardGroups,
      @Nullable @Size(max = MAX, message = TOO_LONG) String documentationPlan,
      @Nullable @EmailAddress(message = "{dialogue.error.email.invalid}") String contactEmail,
      @Nullable @Size(max = MAX, message = TOO_LONG) String context,
      @Nullable
          @PositiveOrZero(message = "{dialogue.error.budget.invalid}")
          @Max(value = MAX_BUDGET, message = "{dialogue.error.budget.invalid}")
          Long budgetSek,
      @Nullable
          @PositiveOrZero(message = "{dialogue.error.hours.invalid}")
          @Max(value = MAX_HOURS, message = "{dialogue.error.hours.invalid}")
          Integer staffHours,
      @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate periodStart,
      @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate periodEnd,
      @Nullable @Size(max = MAX, message = TOO_LONG) String organisationParticipants,
      @Nullable @Size(max = MAX, message = TOO_LONG) String residentInvolvement) {

    /** The largest budget a charter takes, in kronor (ten billion: a typo, not a budget). */
    public static final long MAX_BUDGET = 10_000_000_000L;

    /** The most staff hours a charter takes. */
    public static final int MAX_HOURS = 1_000_000;

    private static final int MAX = CreateDialogue.MAX_TEXT;
    private static final String TOO_LONG = "{dialogue.error.text.tooLong}";

    Charter charter() {
      return new Charter(
          clean(purposeInfluence),
          clean(purposeBasis),
          clean(localGoals),
          canBeInfluenced,
          clean(influenceNote),
          participationLevelId,
          conflictLevel,
          clean(conflictAnalysis),
          clean(targetGroups),
          clean(rarelyHeardGroups),
          clean(documentationPlan),
          clean(contactEmail),
          clean(context),
          budgetSek,
          staffHours,
          periodStart,
          periodEnd,
          clean(organisationParticipants),
          clean(residentInvolvement));
    }

    private static String clean(@Nullable String text) {
      return text == null ? "" : text.strip().replace("\r\n", "\n");
    }
  }

  private final DialogueRepository dialogues;
  private final ParticipationLadder ladder;
  private final ApplicationEventPublisher events;

  /**
   * @throws DialogueRuleViolation on an unknown level, or a level above the lowest for an
   *     information activity
   * @throws StaleForm when someone else changed the dialogue since the form was shown
   */
  @Transactional
  public void fill(
      MunicipalityId municipality, DialogueId id, Command command, StaffPrincipal actor) {
    int version = command.version() == null ? -1 : command.version();
    fill(municipality, id, version, command.charter(), actor);
  }

  /**
   * @param version the dialogue version the form was based on
   * @throws DialogueRuleViolation on an unknown level, or a level above the lowest for an
   *     information activity
   * @throws StaleForm when someone else changed the dialogue since the form was shown
   */
  @Transactional
  public void fill(
      MunicipalityId municipality,
      DialogueId id,
      int version,
      Charter charter,
      StaffPrincipal actor) {
    Dialogue dialogue =
        dialogues.find(municipality, id).orElseThrow(() -> new NotFoundException("dialogue"));
    // Stale first: the other rules would judge the charter against a dialogue the team did not see.
    if (dialogue.version() != version) {
      throw new StaleForm("", "dialogue.error.stale");
    }
    if (charter.participationLevelId() != null
        && ladder.find(municipality, charter.participationLevelId()).isEmpty()) {
      throw new DialogueRuleViolation("participationLevelId", "dialogue.error.level.invalid");
    }
    // An information activity cannot promise more than information: the lowest level.
    if (charter.informationOnly()
        && charter.participationLevelId() != null
        && !ladder.levels(municipality).isEmpty()
        && !ladder.levels(municipality).get(0).id().equals(charter.participationLevelId())) {
      throw new DialogueRuleViolation(
          "participationLevelId", "dialogue.error.level.informationOnly");
    }
    if (charter.periodStart() != null
        && charter.periodEnd() != null
        && charter.periodEnd().isBefore(charter.periodStart())) {
      throw new DialogueRuleViolation("periodEnd", "dialogue.error.period.order");
    }
    if (dialogue.step().isAfter(DialogueStep.PREPARATION)
        && dialogue.charter().informationOnly() != charter.informationOnly()) {
      throw new DialogueRuleViolation("canBeInfluenced", "dialogue.error.influence.locked");
    }
    if (!dialogues.updateCharter(municipality, id, version, charter)) {
      throw new StaleForm("", "dialogue.error.stale");
    }
    events.publishEvent(new CharterFilled(municipality, id, actor.accountId()));
  }
}
