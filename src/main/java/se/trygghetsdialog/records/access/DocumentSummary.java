package se.trygghetsdialog.records.access;

import java.time.OffsetDateTime;
import se.trygghetsdialog.records.RecordKind;

/**
 * One search hit: the document's kind and id, when it was received, and an excerpt of its text for
 * the staff member choosing (never put into a copy handed out).
 */
public record DocumentSummary(
    RecordKind kind, String id, OffsetDateTime receivedAt, String excerpt) {

  /** The longest excerpt shown. */
  public static final int EXCERPT = 160;

  /** The start of {@code text}, cut at {@link #EXCERPT} characters. */
  public static String excerptOf(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
  }
}
