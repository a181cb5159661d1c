package se.trygghetsdialog.dialogue;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The dialogue's charter from step 1 (Förberedelser).
 *
 * @param purposeInfluence how residents' influence (medborgarinflytande) is served
 * @param purposeBasis how the decision basis is broadened (breddat beslutsunderlag)
 * @param canBeInfluenced påverkbarhet: null until assessed; false makes it an information activity
 * @param participationLevelId the promised level on the municipality's participation ladder
 * @param rarelyHeardGroups groups that are rarely heard and that the dialogue must reach
 * @param documentationPlan how results are documented and fed back
 * @param contactEmail the team's public contact address
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
    String contactEmail) {

  public static Charter empty() {
    return new Charter("", "", "", null, "", null, null, "", "", "", "", "");
  }

  /** Whether the question is an information activity only (it cannot be influenced). */
  public boolean informationOnly() {
    return Boolean.FALSE.equals(canBeInfluenced);
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
        && !documentationPlan.isBlank();
  }
}
