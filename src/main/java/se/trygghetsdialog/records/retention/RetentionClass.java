package se.trygghetsdialog.records.retention;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.records.RecordKind;

/**
 * How long items of one kind are kept: {@code months} after the item was received, by the decision
 * {@code decisionReference} (for example KS 2026/123 § 45). No months means keep.
 */
public record RetentionClass(RecordKind kind, @Nullable Integer months, String decisionReference) {

  public static RetentionClass keep(RecordKind kind) {
    return new RetentionClass(kind, null, "");
  }

  /** True when items of this kind are disposed of at all. */
  public boolean disposes() {
    return months != null && !decisionReference.isBlank();
  }
}
