package se.trygghetsdialog.opinion;

import java.util.UUID;

/** Identifies a statement. */
public record StatementId(UUID value) {
  public static StatementId parse(String text) {
    return new StatementId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
