package se.trygghetsdialog.measure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What became of an input: one measure it is linked to, its status and owner, and the latest
 * decision on it if any.
 */
public record MeasureSummary(
    MeasureId id,
    String title,
    MeasureStatus status,
    String owner,
    Horizon horizon,
    @Nullable DecisionOutcome decisionOutcome,
    @Nullable String decisionBody,
    @Nullable LocalDate decidedOn,
    @Nullable String decisionReasons) {}
