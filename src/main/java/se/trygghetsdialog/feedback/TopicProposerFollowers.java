package se.trygghetsdialog.feedback;

import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.topic.TopicProposers;
import se.trygghetsdialog.topic.TopicTurnedIntoDialogue;

/**
 * When a topic becomes a dialogue, the residents who proposed it and confirmed their address become
 * confirmed followers of the dialogue, so the feedback at each step reaches them. Their consent was
 * given when they confirmed the address for the topic; every step mail carries a link to stop.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicProposerFollowers {

  private final TopicProposers proposers;
  private final DialogueFollowerRepository followers;

  @ApplicationModuleListener
  void on(TopicTurnedIntoDialogue event) {
    OffsetDateTime now = OffsetDateTime.now();
    for (TopicProposers.Proposer proposer :
        proposers.confirmed(event.municipalityId(), event.topicId())) {
      followers.insert(
          new Follower(
              UUID.randomUUID(),
              event.municipalityId(),
              event.dialogueId(),
              proposer.email(),
              proposer.locale(),
              now,
              now,
              now,
              null),
          null,
          FollowerTokens.hash(FollowerTokens.newToken()));
    }
  }
}
