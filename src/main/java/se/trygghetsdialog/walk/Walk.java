package se.trygghetsdialog.walk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** A planned or completed trygghetsvandring. */
public record Walk(
    UUID id,
    MunicipalityId municipalityId,
    String title,
    @Nullable UUID areaId,
    String description,
    List<Meeting> meetings,
    int maxWalkers,
    int registered,
    @Nullable UUID dialogueId,
    @Nullable UUID previousWalkId,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime protocolSentAt) {

  public Meeting introduction() {
    return meetings.get(0);
  }

  public Meeting walk() {
    return meetings.get(1);
  }

  public Meeting feedback() {
    return meetings.get(2);
  }

  /** The day of the walk itself (meeting 2). */
  public LocalDate walkDate() {
    return walk().at().toLocalDate();
  }

  public boolean full() {
    return registered >= maxWalkers;
  }

  public int placesLeft() {
    return Math.max(0, maxWalkers - registered);
  }

  /** Registration is closed once the walk has taken place or its protocol is out. */
  public boolean closed() {
    return published()
        || walk()
            .at()
            .isBefore(java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Stockholm")));
  }

  /** The protocol is public once it has been sent. */
  public boolean published() {
    return protocolSentAt != null;
  }
}
