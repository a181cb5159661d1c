package se.trygghetsdialog.topic;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Organisations;

/** Queries of the topic backlog. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
@Transactional(readOnly = true)
public class Topics {

  private final TopicRepository topics;
  private final ProposalCaseRepository cases;
  private final Organisations organisations;

  /**
   * One page of topics, newest first.
   *
   * @param shownOnly true for the public pages: only topics shown after moderation
   */
  public List<Topic> page(MunicipalityId municipality, boolean shownOnly, int limit, int offset) {
    return topics.page(municipality, shownOnly, limit, offset);
  }

  public int count(MunicipalityId municipality, boolean shownOnly) {
    return topics.count(municipality, shownOnly);
  }

  public Optional<Topic> find(MunicipalityId municipality, UUID id) {
    return topics.find(municipality, id);
  }

  /** Every status change of a topic with its public reason, oldest first. */
  public List<TopicStatusChange> history(MunicipalityId municipality, UUID id) {
    return topics.history(municipality, id);
  }

  /** The case file of a medborgarförslag, once registered. */
  public Optional<ProposalCase> proposalCase(MunicipalityId municipality, UUID id) {
    return cases
        .find(municipality, id)
        .map(
            file ->
                file.named(
                    file.referredTo() == null
                        ? null
                        : organisations.name(municipality, file.referredTo()),
                    file.decidedBy() == null
                        ? null
                        : organisations.name(municipality, file.decidedBy())));
  }
}
