package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;

/** A dated progress update; {@code status} is the measure's status after it. */
public record ProgressUpdate(MeasureStatus status, String note, OffsetDateTime recordedAt) {}
