package se.trygghetsdialog.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The registrar registers a medborgarförslag (a topic of origin citizen proposal) with its
 * diarienummer: the case file opens, and the registration is public from then on.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegisterProposal {

  /**
   * @param registration the diarienummer, e.g. {@code KS 2026/123}
   */
  public record Command(
      @Nullable
          @NotBlank(message = "{topic.error.proposal.registration.required}")
          @Size(max = 50, message = "{topic.error.proposal.registration.tooLong}")
          @Pattern(
              regexp = "[\\p{L}\\p{N} ./:\\-]*",
              message = "{topic.error.proposal.registration.invalid}")
          String registration) {}

  private final ProposalCases cases;
  private final ProposalCaseRepository files;

  /**
   * @throws TopicRuleViolation if the topic is no citizen proposal, is already registered, or the
   *     diarienummer is taken
   */
  @Transactional
  public void register(
      MunicipalityId municipality, UUID topicId, Command command, StaffPrincipal actor) {
    Topic topic = cases.topic(municipality, topicId);
    TopicPolicy.checkRegistration(topic);
    String registration = command.registration() == null ? "" : command.registration().strip();
    OffsetDateTime now = OffsetDateTime.now();
    boolean opened;
    try {
      opened = files.register(municipality, topic.id(), registration, now);
    } catch (DuplicateKeyException e) {
      // The unique diarienummer of the municipality, also when two registrations race.
      throw new TopicRuleViolation("registration", "topic.error.proposal.registration.taken");
    }
    if (!opened) {
      throw new TopicRuleViolation("registration", "topic.error.proposal.registered");
    }
    cases.tell(municipality, topic, ProposalStep.REGISTERED, now, actor.accountId());
  }
}
