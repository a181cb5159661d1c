package se.trygghetsdialog.dialogue;

import java.util.UUID;

/** Identifies a dialogue; other modules refer to dialogues only by this id. */
public record DialogueId(UUID value) {
  public static DialogueId parse(String text) {
    return new DialogueId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
