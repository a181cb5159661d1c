package se.trygghetsdialog.topic;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Staff enter a topic proposed by an elected official, an official, or a resident outside the web
 * form (a medborgarförslag), with its origin. It is public at once, so its texts must hold no
 * personal data: screened once when the form was bound, a flagged text is refused.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnterTopic {

  /** The staff form, bound and validated by Spring MVC. */
  public record Command(
      @NotNull(message = "{topic.error.title.required}")
          @NoPersonalData(message = "{topic.error.staffPersonalData}")
          ScreenedText title,
      @NotNull(message = "{topic.error.description.required}")
          @NoPersonalData(message = "{topic.error.staffPersonalData}")
          ScreenedText description,
      @NotNull(message = "{topic.error.origin.required}") TopicOrigin origin,
      @Nullable @Size(max = 100, message = "{topic.error.originReference.tooLong}")
          String originReference) {}

  private final TopicRepository topics;
  private final ApplicationEventPublisher events;

  /**
   * @return the new topic's id
   * @throws TopicRuleViolation if a text is too long or a resident's proposal has no reference
   */
  @Transactional
  public UUID enter(MunicipalityId municipality, Command command, StaffPrincipal actor) {
    if (command.title().text().length() > ProposeTopic.MAX_TITLE) {
      throw new TopicRuleViolation("title", "topic.error.title.tooLong");
    }
    if (command.description().text().length() > ProposeTopic.MAX_TEXT) {
      throw new TopicRuleViolation("description", "topic.error.description.tooLong");
    }
    String reference = command.originReference() == null ? "" : command.originReference().strip();
    if (command.origin() == TopicOrigin.CITIZEN_PROPOSAL && reference.isEmpty()) {
      throw new TopicRuleViolation("originReference", "topic.error.originReference.required");
    }
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now();
    topics.insert(
        new Topic(
            id,
            municipality,
            0,
            command.title().text(),
            command.description().text(),
            command.origin(),
            reference,
            TopicVisibility.SHOWN,
            TopicStatus.NEW,
            "",
            now,
            null,
            now,
            0),
        actor.accountId());
    events.publishEvent(new TopicEntered(municipality, id, actor.accountId()));
    return id;
  }
}
