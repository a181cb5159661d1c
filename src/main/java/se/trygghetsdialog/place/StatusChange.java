package se.trygghetsdialog.place;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of an organisation's status on a report, as the reporter sees it. */
public record StatusChange(
    UUID organisationId, AssignmentStatus status, String reason, OffsetDateTime changedAt) {}
