package se.trygghetsdialog.records.access;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.records.RecordKind;

/**
 * A document as its owning module gives it to a request for public access: its text (what secrecy
 * marking works on, by character offsets) and its metadata.
 *
 * @param fields metadata, each labelled by a message key of the owning module
 */
public record AccessDocument(
    RecordKind kind, String id, OffsetDateTime receivedAt, String text, List<Field> fields) {

  /**
   * One metadata field: a label key and a value, the value itself a message key when {@code
   * valueKey} is set (an enum constant, say).
   */
  public record Field(String labelKey, String value, @Nullable String valueKey) {

    public static Field plain(String labelKey, String value) {
      return new Field(labelKey, value, null);
    }

    public static Field keyed(String labelKey, String valueKey) {
      return new Field(labelKey, "", valueKey);
    }
  }
}
