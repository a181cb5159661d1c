package se.trygghetsdialog.moderation;

import java.util.UUID;

public record ModerationItemId(UUID value) {
  @Override
  public String toString() {
    return value.toString();
  }
}
