package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** The EST week of a municipality: one per ISO week. */
public record EstWeek(
    UUID id,
    MunicipalityId municipalityId,
    WeekNumber week,
    EstWeekStatus status,
    OffsetDateTime startedAt,
    @Nullable OffsetDateTime closedAt) {

  public boolean open() {
    return status == EstWeekStatus.OPEN;
  }
}
