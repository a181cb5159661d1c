package se.trygghetsdialog.walk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.geo.Coordinates;

/** A point of a walk's protocol, as staff see it (exact position, texts, photo flag). */
public record WalkPoint(
    UUID id,
    UUID walkId,
    UUID clientId,
    Coordinates location,
    String placeName,
    UUID categoryId,
    boolean safe,
    String observation,
    String proposedAction,
    boolean textFlagged,
    UUID ownerId,
    PointPriority priority,
    LocalDate deadline,
    boolean hasPhoto,
    PointStatus status,
    String statusReason,
    OffsetDateTime recordedAt) {}
