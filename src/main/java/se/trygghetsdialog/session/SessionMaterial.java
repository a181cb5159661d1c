package se.trygghetsdialog.session;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.shared.FileKind;

/**
 * A file the team shares with a session's participants. Who uploaded it is not part of it.
 *
 * @param fileName the name it is downloaded under, with the extension of its kind
 */
public record SessionMaterial(
    UUID id,
    UUID sessionId,
    String fileName,
    FileKind kind,
    int sizeBytes,
    OffsetDateTime uploadedAt) {

  /** The size in whole kilobytes, at least 1. */
  public long kilobytes() {
    return Math.max(1, (sizeBytes + 1023L) / 1024);
  }
}
