package se.trygghetsdialog.measure;

import java.util.UUID;

/** Identifies a measure (proposal, commitment or measure). */
public record MeasureId(UUID value) {
  @Override
  public String toString() {
    return value.toString();
  }
}
