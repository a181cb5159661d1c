package se.trygghetsdialog.participation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The team's gap check of a dialogue, har vi missat någon: what the figures show, which groups are
 * missing and what the team will do about it, with when and by whom (a staff member, never a
 * resident).
 */
public record GapCheck(
    String findings,
    String missingGroups,
    String actions,
    OffsetDateTime recordedAt,
    UUID recordedBy,
    String recordedByName) {}
