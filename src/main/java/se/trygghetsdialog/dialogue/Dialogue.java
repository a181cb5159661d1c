package se.trygghetsdialog.dialogue;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A dialogue as stored: the case, its decision, its charter and its current step.
 *
 * @param version increases with every change; a form carries it so a stale or repeated submit is
 *     refused instead of applied twice
 */
public record Dialogue(
    DialogueId id,
    MunicipalityId municipalityId,
    String title,
    String summary,
    @Nullable UUID areaId,
    TopicOrigin origin,
    String originReference,
    Decision decision,
    Charter charter,
    DialogueStep step,
    int version,
    OffsetDateTime createdAt) {

  public DialogueStatus status() {
    return DialogueStatus.of(step);
  }

  public boolean informationOnly() {
    return charter.informationOnly();
  }

  /** The step this dialogue may move to next, if any. */
  public java.util.Optional<DialogueStep> nextStep() {
    return step.next(informationOnly());
  }
}
