package se.trygghetsdialog.place;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** A time-limited invitation to report on a topic, optionally in an area and for a dialogue. */
public record Campaign(
    UUID id,
    MunicipalityId municipalityId,
    String topic,
    @Nullable UUID areaId,
    LocalDate startsOn,
    LocalDate endsOn,
    @Nullable UUID dialogueId) {

  /** Whether reports may be made in the campaign on the day. */
  public boolean openOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }
}
