package se.trygghetsdialog.opinion;

import java.util.UUID;

/** A pseudonymous participant in one dialogue's opinion mapping. */
public record ParticipantId(UUID value) {
  @Override
  public String toString() {
    return value.toString();
  }
}
