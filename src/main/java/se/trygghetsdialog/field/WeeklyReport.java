package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The public weekly report (”Förstärkt trygghetsarbete – vecka NN”) of an EST week: an appeal to
 * adults, who has been present, activities, and incidents and actions per place. Holds no personal
 * data: every text is screened before it is saved.
 */
public record WeeklyReport(
    UUID id,
    MunicipalityId municipalityId,
    UUID weekId,
    WeekNumber week,
    String title,
    String appeal,
    String presence,
    String activities,
    List<Place> places,
    WeeklyReportStatus status,
    String returnComment,
    @Nullable UUID submittedBy,
    @Nullable OffsetDateTime submittedAt,
    @Nullable OffsetDateTime publishedAt,
    OffsetDateTime updatedAt) {

  /** ”Incidenter och åtgärder” for one place: Incident → Åtgärd. */
  public record Place(String place, String incidents, String actions) {}

  public boolean editable() {
    return status == WeeklyReportStatus.DRAFT || status == WeeklyReportStatus.RETURNED;
  }

  public boolean published() {
    return status == WeeklyReportStatus.PUBLISHED;
  }
}
