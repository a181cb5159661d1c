package se.trygghetsdialog.topic;

import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.AssignResponseTask;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;
import se.trygghetsdialog.tenancy.Organisation;

/**
 * Staff refer a registered medborgarförslag to a nämnd, which answers by a deadline: the answer is
 * a response task of the measure module, so it is on the response-task dashboard and escalated when
 * overdue like every other; the nämnd's answer comes back to the case file when the task is
 * answered ({@link ProposalAnswers}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReferProposal {

  public record Command(
      @Nullable Integer version,
      @NotNull(message = "{topic.error.proposal.body.required}") UUID organisationId,
      @NotNull(message = "{topic.error.proposal.dueOn.required}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate dueOn) {}

  private final ProposalCases cases;
  private final ProposalCaseRepository files;
  private final AssignResponseTask assignTask;
  private final MessageSource messages;

  /**
   * @throws TopicRuleViolation if the proposal is not registered, already referred or decided, the
   *     organisation takes no political decisions, or the deadline is not after today
   * @throws StaleForm if the case changed since the form was shown
   */
  @Transactional
  public void refer(
      MunicipalityId municipality, UUID topicId, Command command, StaffPrincipal actor) {
    Topic topic = cases.topic(municipality, topicId);
    ProposalCase file = cases.registered(municipality, topic.id(), command.version());
    if (file.referred() || file.decided()) {
      throw new TopicRuleViolation("organisationId", "topic.error.proposal.referred");
    }
    Organisation body =
        cases.politicalBody(municipality, command.organisationId(), "organisationId");
    if (!command.dueOn().isAfter(LocalDate.now(TopicPolicy.ZONE))) {
      throw new TopicRuleViolation("dueOn", "topic.error.proposal.dueOn.past");
    }
    UUID task =
        assignTask.assign(
            municipality,
            new AssignResponseTask.Input(
                // One task per referral, however often the form is sent.
                UUID.nameUUIDFromBytes(
                    ("proposal-referral:" + topic.id()).getBytes(StandardCharsets.UTF_8)),
                null,
                body.name(),
                messages.getMessage(
                    "topic.proposal.taskSubject",
                    new Object[] {file.registration(), topic.title()},
                    Locale.forLanguageTag("sv")),
                command.dueOn()),
            actor);
    OffsetDateTime now = OffsetDateTime.now();
    if (!files.refer(
        municipality, topic.id(), file.version(), body.id(), task, command.dueOn(), now)) {
      throw new StaleForm("", "topic.error.stale");
    }
    cases.tell(municipality, topic, ProposalStep.REFERRED, now, actor.accountId());
  }
}
