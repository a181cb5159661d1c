package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A rumour in the log. {@code content} (what the rumour says) is internal; {@code clarification}
 * and, if given, {@code publicSummary} are public while {@code publishedAt} is set. {@code version}
 * grows with every change, so an edit opened before someone else's change is refused.
 */
public record Rumour(
    UUID id,
    MunicipalityId municipalityId,
    String content,
    RumourChannel channel,
    OffsetDateTime seenAt,
    @Nullable UUID areaId,
    String clarification,
    String publicSummary,
    @Nullable OffsetDateTime publishedAt,
    UUID recordedBy,
    OffsetDateTime recordedAt,
    OffsetDateTime updatedAt,
    int version) {

  public boolean published() {
    return publishedAt != null;
  }
}
