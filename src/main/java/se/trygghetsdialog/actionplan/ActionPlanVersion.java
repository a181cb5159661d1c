package se.trygghetsdialog.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One adopted version of the åtgärdsplan (lag 2023:196); earlier versions stay readable. */
public record ActionPlanVersion(
    UUID id,
    int versionNumber,
    String title,
    String introduction,
    String adoptedBy,
    LocalDate adoptedOn,
    String paragraph,
    String registrationNumber,
    List<ActionPlanItem> items) {}
