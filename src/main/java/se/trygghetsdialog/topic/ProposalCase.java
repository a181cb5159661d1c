package se.trygghetsdialog.topic;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The case file of a medborgarförslag; every field is public (shown on the topic page).
 *
 * @param registration the diarienummer, unique in the municipality
 * @param referredTo the nämnd asked to answer (an organisation that takes political decisions)
 * @param responseTaskId the measure module's response task that holds the nämnd's answer
 * @param answer the nämnd's answer as published: personal data found by screening is masked
 * @param decidedBy the body that decided (fullmäktige or a nämnd)
 */
public record ProposalCase(
    UUID topicId,
    String registration,
    OffsetDateTime registeredAt,
    @Nullable UUID referredTo,
    @Nullable String referredToName,
    @Nullable UUID responseTaskId,
    @Nullable LocalDate dueOn,
    @Nullable OffsetDateTime referredAt,
    @Nullable String answer,
    @Nullable OffsetDateTime answeredAt,
    @Nullable UUID decidedBy,
    @Nullable String decidedByName,
    @Nullable LocalDate decisionDate,
    @Nullable String decisionParagraph,
    @Nullable ProposalOutcome outcome,
    @Nullable String reasons,
    @Nullable OffsetDateTime decidedAt,
    int version) {

  /** The step the case has reached. */
  public ProposalStep step() {
    if (decidedAt != null) {
      return ProposalStep.DECIDED;
    }
    if (answeredAt != null) {
      return ProposalStep.ANSWERED;
    }
    if (referredAt != null) {
      return ProposalStep.REFERRED;
    }
    return ProposalStep.REGISTERED;
  }

  /** The same case file with the names of the nämnd it was referred to and the deciding body. */
  ProposalCase named(@Nullable String referredToName, @Nullable String decidedByName) {
    return new ProposalCase(
        topicId,
        registration,
        registeredAt,
        referredTo,
        referredToName,
        responseTaskId,
        dueOn,
        referredAt,
        answer,
        answeredAt,
        decidedBy,
        decidedByName,
        decisionDate,
        decisionParagraph,
        outcome,
        reasons,
        decidedAt,
        version);
  }

  public boolean decided() {
    return decidedAt != null;
  }

  public boolean referred() {
    return referredAt != null;
  }

  public boolean answered() {
    return answeredAt != null;
  }
}
