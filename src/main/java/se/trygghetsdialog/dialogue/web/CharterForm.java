package se.trygghetsdialog.dialogue.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.dialogue.Charter;

/** Raw input of the charter form. */
public record CharterForm(
    @Nullable String version,
    @Nullable String purposeInfluence,
    @Nullable String purposeBasis,
    @Nullable String localGoals,
    @Nullable String canBeInfluenced,
    @Nullable String influenceNote,
    @Nullable String participationLevelId,
    @Nullable String conflictLevel,
    @Nullable String conflictAnalysis,
    @Nullable String targetGroups,
    @Nullable String rarelyHeardGroups,
    @Nullable String documentationPlan,
    @Nullable String contactEmail,
    @Nullable String context,
    @Nullable String budgetSek,
    @Nullable String staffHours,
    @Nullable String periodStart,
    @Nullable String periodEnd,
    @Nullable String organisationParticipants,
    @Nullable String residentInvolvement) {

  static CharterForm of(int version, Charter c) {
    return new CharterForm(
        String.valueOf(version),
        c.purposeInfluence(),
        c.purposeBasis(),
        c.localGoals(),
        c.canBeInfluenced() == null ? "" : c.canBeInfluenced() ? "yes" : "no",
        c.influenceNote(),
        c.participationLevelId() == null ? "" : c.participationLevelId().toString(),
        c.conflictLevel() == null ? "" : c.conflictLevel().name(),
        c.conflictAnalysis(),
        c.targetGroups(),
        c.rarelyHeardGroups(),
        c.documentationPlan(),
        c.contactEmail(),
        c.context(),
        text(c.budgetSek()),
        text(c.staffHours()),
        text(c.periodStart()),
        text(c.periodEnd()),
        c.organisationParticipants(),
        c.residentInvolvement());
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}
