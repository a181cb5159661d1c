package se.trygghetsdialog.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * A form as typed, to show again: its template writes each field with {@link #v}, which shows a
 * field that was not sent as empty.
 */
public interface TypedForm {

  /** The field as typed, or empty when it was not sent. */
  default String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}
