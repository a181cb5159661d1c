package se.trygghetsdialog.walk;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One logged status change of a protocol point. */
public record PointStatusChange(
    UUID pointId, PointStatus status, String reason, OffsetDateTime changedAt) {}
