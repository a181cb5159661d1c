package se.trygghetsdialog.actionplan;

import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.measure.AdoptedVersion;
import se.trygghetsdialog.measure.AdoptionDecision;

/** One adopted version of the åtgärdsplan (lag 2023:196); earlier versions stay readable. */
public record ActionPlanVersion(
    UUID id,
    int versionNumber,
    String title,
    String introduction,
    AdoptionDecision decision,
    List<ActionPlanItem> items)
    implements AdoptedVersion {}
