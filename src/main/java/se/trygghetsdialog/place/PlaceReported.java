package se.trygghetsdialog.place;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/** A resident reported a place; the report waits for moderation. Carries no free text. */
public record PlaceReported(
    MunicipalityId municipalityId,
    PlaceReportId reportId,
    UUID categoryId,
    CategoryKind kind,
    Coordinates location,
    TimeOfDay timeOfDay,
    OffsetDateTime reportedAt) {}
