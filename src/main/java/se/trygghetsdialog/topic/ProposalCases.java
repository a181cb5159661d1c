package se.trygghetsdialog.topic;

import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.StaleForm;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/** What the steps of a medborgarförslag's case file share: finding it, and telling of a step. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProposalCases {

  private final TopicRepository topics;
  private final ProposalCaseRepository cases;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;

  Topic topic(MunicipalityId municipality, UUID id) {
    return topics.find(municipality, id).orElseThrow(() -> new NotFoundException("topic"));
  }

  /** The case file of a registered proposal, at the version the form was shown. */
  ProposalCase registered(MunicipalityId municipality, UUID topic, @Nullable Integer version) {
    ProposalCase file =
        cases
            .find(municipality, topic)
            .orElseThrow(() -> new TopicRuleViolation("", "topic.error.proposal.notRegistered"));
    if (version == null || file.version() != version) {
      throw new StaleForm("", "topic.error.stale");
    }
    return file;
  }

  /** An organisation of the municipality that takes political decisions (fullmäktige, nämnd). */
  Organisation politicalBody(MunicipalityId municipality, UUID id, String field) {
    return organisations.decidingBodies(municipality).stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new TopicRuleViolation(field, "topic.error.proposal.body"));
  }

  void tell(
      MunicipalityId municipality,
      Topic topic,
      ProposalStep step,
      OffsetDateTime at,
      @Nullable UUID actor) {
    events.publishEvent(
        new ProposalCaseChanged(municipality, topic.id(), topic.title(), step, at, actor));
  }
}
