package se.trygghetsdialog.moderation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * One item in the review queue. {@code originalText} is kept unchanged whatever the moderator
 * publishes; {@code publicText} is set on approval. {@code findings} are the spans screening found
 * in the original text when it was submitted, or null for an item queued before they were stored.
 */
public record ModerationItem(
    ModerationItemId id,
    MunicipalityId municipalityId,
    String contentType,
    UUID contentId,
    String originalText,
    @Nullable String publicText,
    boolean flagged,
    Set<PersonalDataKind> kinds,
    ModerationStatus status,
    String reason,
    boolean redacted,
    @Nullable UUID decidedBy,
    @Nullable OffsetDateTime decidedAt,
    OffsetDateTime submittedAt,
    @Nullable List<Finding> findings) {

  public boolean pending() {
    return status == ModerationStatus.PENDING;
  }

  /** A decided item whose texts were disposed of after their retention: nothing left to show. */
  public boolean disposed() {
    return !pending() && originalText.isEmpty();
  }
}
