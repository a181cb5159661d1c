package se.trygghetsdialog.place;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An approved report in an organisation's worklist. */
public record Assignment(
    PlaceReportId reportId,
    UUID organisationId,
    UUID categoryId,
    String publicText,
    AssignmentStatus status,
    String reason,
    OffsetDateTime reportedAt,
    OffsetDateTime updatedAt) {}
