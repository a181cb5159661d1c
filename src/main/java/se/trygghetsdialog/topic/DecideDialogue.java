package se.trygghetsdialog.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;

/**
 * Records the political decision to hold a dialogue on a topic: the dialogue is created through
 * {@link CreateDialogue} with the topic's title, description and origin, and the topic keeps the
 * link. The residents who proposed it and confirmed their address follow the dialogue from then on
 * (see {@link TopicTurnedIntoDialogue}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DecideDialogue {

  /**
   * The decision form: the same facts as the dialogue module's decision form, and the public
   * reason.
   *
   * @param creationToken the form's one-time token; a repeated submit creates nothing new
   */
  public record Command(
      @Nullable Integer version,
      @Nullable String creationToken,
      @NotNull(message = "{topic.error.reason.required}")
          @NoPersonalData(message = "{topic.error.staffPersonalData}")
          ScreenedText reason,
      @NotNull(message = "{dialogue.error.body.required}") UUID decisionBodyId,
      @NotNull(message = "{dialogue.error.decisionDate.required}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate decisionDate,
      @NotBlank(message = "{dialogue.error.paragraph.required}")
          @Size(max = 50, message = "{dialogue.error.paragraph.tooLong}")
          String decisionParagraph,
      @NotBlank(message = "{dialogue.error.registration.required}")
          @Size(max = 50, message = "{dialogue.error.registration.tooLong}")
          String decisionRegistration,
      @Nullable UUID areaId) {}

  private final ChangeTopicStatus status;
  private final CreateDialogue createDialogue;
  private final ApplicationEventPublisher events;

  /**
   * @return the dialogue created
   * @throws TopicRuleViolation if the topic may not be decided now or the reason is missing
   * @throws se.trygghetsdialog.dialogue.DialogueRuleViolation if the decision is not acceptable
   * @throws StaleForm if someone changed the topic since the form was shown
   */
  @Transactional
  public DialogueId decide(
      MunicipalityId municipality, UUID id, Command command, StaffPrincipal actor) {
    Topic topic = status.find(municipality, id);
    int version = command.version() == null ? -1 : command.version();
    if (topic.version() != version) {
      throw new StaleForm("", "topic.error.stale");
    }
    String reason = command.reason().text();
    ChangeTopicStatus.check(topic, TopicStatus.DIALOGUE_DECIDED, reason);
    DialogueId dialogue =
        createDialogue.create(
            municipality,
            new CreateDialogue.Command(
                command.creationToken(),
                topic.title(),
                topic.description().isBlank() ? topic.title() : topic.description(),
                command.areaId(),
                topic.origin(),
                topic.originReference().isBlank() ? topic.reference() : topic.originReference(),
                command.decisionBodyId(),
                command.decisionDate(),
                command.decisionParagraph(),
                command.decisionRegistration()),
            actor);
    status.change(municipality, id, version, TopicStatus.DIALOGUE_DECIDED, reason, dialogue, actor);
    events.publishEvent(new TopicTurnedIntoDialogue(municipality, id, dialogue, actor.accountId()));
    return dialogue;
  }
}
