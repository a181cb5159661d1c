package se.trygghetsdialog.records.access;

import java.util.Optional;
import java.util.UUID;

/** What the {@link DocumentSource} implementations share when they search and look up. */
public final class DocumentSearch {

  private DocumentSearch() {}

  /**
   * An ILIKE pattern (with backslash as the escape character) matching any text that contains
   * {@code text}; every text when it is blank.
   */
  public static String containing(String text) {
    String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }

  /** The id as a UUID, or empty when it is none. */
  public static Optional<UUID> uuid(String id) {
    try {
      return Optional.of(UUID.fromString(id.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
