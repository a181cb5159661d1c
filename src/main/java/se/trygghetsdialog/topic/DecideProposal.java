package se.trygghetsdialog.topic;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;

/**
 * Staff record the decision on a registered medborgarförslag: the deciding body (fullmäktige or a
 * nämnd), date and paragraph, the outcome and the reasons, all public. Turning the topic into a
 * dialogue stays a decision of its own ({@link DecideDialogue}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DecideProposal {

  /**
   * @param decisionParagraph for example {@code § 45}; optional
   * @param reasons public, so screened and refused if it seems to hold personal data
   */
  public record Command(
      @Nullable Integer version,
      @NotNull(message = "{dialogue.error.body.required}") UUID decisionBodyId,
      @NotNull(message = "{dialogue.error.decisionDate.required}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate decisionDate,
      @Nullable @Size(max = 50, message = "{dialogue.error.paragraph.tooLong}")
          String decisionParagraph,
      @NotNull(message = "{topic.error.proposal.outcome.required}") ProposalOutcome outcome,
      @NotNull(message = "{topic.error.proposal.reasons.required}")
          @NoPersonalData(message = "{topic.error.staffPersonalData}")
          ScreenedText reasons) {}

  /** A decision as stored. */
  record Decision(
      UUID body, LocalDate date, String paragraph, ProposalOutcome outcome, String reasons) {}

  private final ProposalCases cases;
  private final ProposalCaseRepository files;

  /**
   * @throws TopicRuleViolation if the proposal is not registered or already decided, the body takes
   *     no political decisions, the date is in the future, or the reasons are missing or too long
   * @throws StaleForm if the case changed since the form was shown
   */
  @Transactional
  public void decide(
      MunicipalityId municipality, UUID topicId, Command command, StaffPrincipal actor) {
    Topic topic = cases.topic(municipality, topicId);
    ProposalCase file = cases.registered(municipality, topic.id(), command.version());
    if (file.decided()) {
      throw new TopicRuleViolation("outcome", "topic.error.proposal.decided");
    }
    cases.politicalBody(municipality, command.decisionBodyId(), "decisionBodyId");
    if (command.decisionDate().isAfter(LocalDate.now(TopicPolicy.ZONE))) {
      throw new TopicRuleViolation("decisionDate", "topic.error.proposal.decisionDate.future");
    }
    String reasons = command.reasons().text();
    if (reasons.isBlank()) {
      throw new TopicRuleViolation("reasons", "topic.error.proposal.reasons.required");
    }
    if (reasons.length() > ProposeTopic.MAX_TEXT) {
      throw new TopicRuleViolation("reasons", "topic.error.reason.tooLong");
    }
    String paragraph =
        command.decisionParagraph() == null ? "" : command.decisionParagraph().strip();
    OffsetDateTime now = OffsetDateTime.now();
    Decision decision =
        new Decision(
            command.decisionBodyId(),
            command.decisionDate(),
            paragraph,
            command.outcome(),
            reasons);
    if (!files.decide(municipality, topic.id(), file.version(), decision, now)) {
      throw new StaleForm("", "topic.error.stale");
    }
    cases.tell(municipality, topic, ProposalStep.DECIDED, now, actor.accountId());
  }
}
