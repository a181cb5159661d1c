package se.trygghetsdialog.actionplan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.measure.Horizon;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureStatus;
import se.trygghetsdialog.measure.MeasureType;

/**
 * A measure as it stood in an adopted version of the åtgärdsplan.
 *
 * @param problems the labels of the identified problems and inputs it answers, one per line
 */
public record ActionPlanItem(
    MeasureId measureId,
    String title,
    String description,
    String owner,
    Horizon horizon,
    @Nullable MeasureType measureType,
    MeasureStatus status,
    String expectedEffect,
    @Nullable LocalDate followUpOn,
    String problems) {}
