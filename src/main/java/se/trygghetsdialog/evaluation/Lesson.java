package se.trygghetsdialog.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;

/**
 * A lesson learned in a dialogue, for the next ones.
 *
 * @param flagged screening found possible personal data: the lesson is kept for its team but never
 *     shown to other dialogues
 */
public record Lesson(
    UUID id,
    DialogueId dialogueId,
    DialogueStep step,
    String text,
    List<String> tags,
    boolean flagged,
    OffsetDateTime createdAt) {

  public Lesson {
    tags = List.copyOf(tags);
  }
}
