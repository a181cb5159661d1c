package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;

/** A link from a measure to an input it answers, with the input's public label. */
public record MeasureLink(
    MeasureId measureId, InputRef input, String label, OffsetDateTime linkedAt) {}
