package se.trygghetsdialog.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies the municipality (tenant) that owns a row; every repository method takes one. */
public record MunicipalityId(UUID value) {
  public MunicipalityId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
