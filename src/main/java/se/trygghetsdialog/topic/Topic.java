package se.trygghetsdialog.topic;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A proposed dialogue topic.
 *
 * @param number the topic's number in the municipality's backlog, shown as its reference
 * @param title empty while a resident's proposal waits for moderation
 * @param originReference for example the number of a medborgarförslag
 * @param statusReason why the topic has its status; public
 * @param dialogueId the dialogue the topic became, once decided
 */
public record Topic(
    UUID id,
    MunicipalityId municipalityId,
    int number,
    String title,
    String description,
    TopicOrigin origin,
    String originReference,
    TopicVisibility visibility,
    TopicStatus status,
    String statusReason,
    OffsetDateTime statusChangedAt,
    @Nullable DialogueId dialogueId,
    OffsetDateTime createdAt,
    int version) {

  /** The moderation contract's name of a resident's topic proposal. */
  public static final String CONTENT_TYPE = "topic-proposal";

  /** Whether the public pages show it. */
  public boolean shown() {
    return visibility == TopicVisibility.SHOWN;
  }

  /** The reference a dialogue made from it carries, e.g. {@code Ämnesförslag 7}. */
  public String reference() {
    return "Ämnesförslag " + number;
  }
}
