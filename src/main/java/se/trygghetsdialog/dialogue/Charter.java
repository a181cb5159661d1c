package se.trygghetsdialog.dialogue;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The dialogue's charter from step 1 (Förberedelser), with the parts of Boverket's preparation
 * checklist: purpose, context, time and resources, who in the organisation takes part, how and when
 * residents are involved, and how results are documented.
 *
 * @param purposeInfluence how residents' influence (medborgarinflytande) is served
 * @param purposeBasis how the decision basis is broadened (breddat beslutsunderlag)
 * @param canBeInfluenced påverkbarhet: null until assessed; false makes it an information activity
 * @param participationLevelId the promised level on the municipality's participation ladder
 * @param rarelyHeardGroups groups that are rarely heard and that the dialogue must reach
 * @param documentationPlan how results are documented and fed back
 * @param contactEmail the team's public contact address
 * @param context the background of the question
 * @param budgetSek the budget in whole kronor, null until set
 * @param staffHours the staff hours set aside, null until set
 * @param periodStart the first day of the dialogue period
 * @param periodEnd the last day of the dialogue period, not before its start
 * @param organisationParticipants who in the organisation takes part (units, roles, partners)
 * @param residentInvolvement how and when residents are involved
 */
public record Charter(
    String purposeInfluence,
    String purposeBasis,
    String localGoals,
    @Nullable Boolean canBeInfluenced,
    String influenceNote,
    @Nullable UUID participationLevelId,
    @Nullable ConflictLevel conflictLevel,
    String conflictAnalysis,
    String targetGroups,
    String rarelyHeardGroups,
    String documentationPlan,
    String contactEmail,
    String context,
    @Nullable Long budgetSek,
    @Nullable Integer staffHours,
    @Nullable LocalDate periodStart,
    @Nullable LocalDate periodEnd,
    String organisationParticipants,
    String residentInvolvement) {

  public static Charter empty() {
    return new Charter(
        "", "", "", null, "", null, null, "", "", "", "", "", "", null, null, null, null, "", "");
  }

  /** Whether the question is an information activity only (it cannot be influenced). */
  public boolean informationOnly() {
    return Boolean.FALSE.equals(canBeInfluenced);
  }

  /** Whether time and resources are settled: budget (may be zero), hours and the whole period. */
  public boolean resourcesSettled() {
    return budgetSek != null && staffHours != null && periodStart != null && periodEnd != null;
  }

  /** Everything step 1 must settle before the dialogue can leave it. */
  public boolean complete() {
    return !purposeInfluence.isBlank()
        && !purposeBasis.isBlank()
        && canBeInfluenced != null
        && participationLevelId != null
        && conflictLevel != null
        && !targetGroups.isBlank()
        && !rarelyHeardGroups.isBlank()
        && !documentationPlan.isBlank()
        && !context.isBlank()
        && resourcesSettled()
        && !organisationParticipants.isBlank()
        && !residentInvolvement.isBlank();
  }
}
