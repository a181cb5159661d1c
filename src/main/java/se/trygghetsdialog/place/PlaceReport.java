package se.trygghetsdialog.place;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A resident's report of a place, as stored. {@code description} is the original text and is never
 * shown publicly; {@code publicText} is what moderation approved.
 */
public record PlaceReport(
    PlaceReportId id,
    MunicipalityId municipalityId,
    UUID categoryId,
    Coordinates location,
    List<Coordinates> route,
    TimeOfDay timeOfDay,
    @Nullable DayOfWeek weekday,
    String description,
    @Nullable String publicText,
    boolean flagged,
    PlaceReportStatus status,
    String decisionReason,
    @Nullable AgeBand ageBand,
    @Nullable Gender gender,
    boolean hasEmail,
    int agreements,
    boolean hasPhoto,
    OffsetDateTime reportedAt,
    @Nullable OffsetDateTime decidedAt) {

  /** The content type under which place reports go through moderation. */
  public static final String CONTENT_TYPE = "place-report";

  public boolean published() {
    return status == PlaceReportStatus.PUBLISHED;
  }
}
