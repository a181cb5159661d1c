package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.geo.Coordinates;

/**
 * One event of a field report: what kind, where, when, how many people (a count, never names), what
 * happened and what was done. {@code flagged} marks texts that screening found possible personal
 * data in and that the rapportör chose to file anyway.
 */
public record FieldEvent(
    UUID id,
    int position,
    UUID categoryId,
    Coordinates location,
    String placeName,
    OffsetDateTime startedAt,
    OffsetDateTime endedAt,
    int peopleInvolved,
    boolean policeContacted,
    String whatHappened,
    String actionTaken,
    boolean flagged) {}
