package se.trygghetsdialog.topic;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.StaleForm;

/**
 * Staff move a topic to under consideration or not taken up, with a public reason. The decision to
 * hold a dialogue is {@link DecideDialogue}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeTopicStatus {

  /**
   * The status form, bound and validated by Spring MVC.
   *
   * @param version the topic version the form was based on; missing is stale
   * @param reason why; shown publicly, so screened and refused if it seems to hold personal data
   */
  public record Command(
      @Nullable Integer version,
      @NotNull(message = "{topic.error.status.required}") TopicStatus status,
      @NotNull(message = "{topic.error.reason.required}")
          @NoPersonalData(message = "{topic.error.staffPersonalData}")
          ScreenedText reason) {}

  private final TopicRepository topics;
  private final ApplicationEventPublisher events;

  /**
   * @throws TopicRuleViolation if the change is not allowed, or the reason is empty or too long
   * @throws StaleForm if someone changed the topic since the form was shown
   */
  @Transactional
  public void change(MunicipalityId municipality, UUID id, Command command, StaffPrincipal actor) {
    if (command.status() == TopicStatus.DIALOGUE_DECIDED) {
      throw new TopicRuleViolation("status", "topic.error.status.useDecision");
    }
    change(
        municipality,
        id,
        command.version() == null ? -1 : command.version(),
        command.status(),
        command.reason().text(),
        null,
        actor);
  }

  /** Changes the status; for a decision, records the dialogue it created. */
  void change(
      MunicipalityId municipality,
      UUID id,
      int version,
      TopicStatus status,
      String reason,
      @Nullable DialogueId dialogue,
      StaffPrincipal actor) {
    Topic topic = find(municipality, id);
    if (topic.version() != version) {
      throw new StaleForm("", "topic.error.stale");
    }
    check(topic, status, reason);
    OffsetDateTime now = OffsetDateTime.now();
    if (!topics.changeStatus(municipality, id, version, status, reason, dialogue, now)) {
      throw new StaleForm("", "topic.error.stale");
    }
    topics.recordStatus(municipality, id, status, reason, now);
    events.publishEvent(
        new TopicStatusChanged(
            municipality,
            id,
            topic.title(),
            topic.status(),
            status,
            reason,
            now,
            actor.accountId()));
  }

  Topic find(MunicipalityId municipality, UUID id) {
    return topics.find(municipality, id).orElseThrow(() -> new NotFoundException("topic"));
  }

  static void check(Topic topic, TopicStatus status, String reason) {
    TopicPolicy.checkStatusChange(topic, status, reason);
    if (reason.length() > ProposeTopic.MAX_TEXT) {
      throw new TopicRuleViolation("reason", "topic.error.reason.tooLong");
    }
  }
}
