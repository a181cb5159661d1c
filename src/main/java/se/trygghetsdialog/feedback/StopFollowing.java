package se.trygghetsdialog.feedback;

import java.time.OffsetDateTime;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A follower stops following a dialogue with the link in any mail they were sent (one click on the
 * page's button). Their address is erased at once; using the link again changes nothing.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StopFollowing {

  private final DialogueFollowerRepository followers;
  private final FeedbackPolicy policy;

  /** The dialogue an unsubscribe link is for; empty for an unknown link. */
  @Transactional(readOnly = true)
  public Optional<DialogueId> dialogueOf(MunicipalityId municipality, String token) {
    return follower(municipality, token).map(Follower::dialogueId);
  }

  /**
   * @return the dialogue no longer followed; empty if the link is unknown
   */
  @Transactional
  public Optional<DialogueId> stop(MunicipalityId municipality, String token) {
    Optional<Follower> follower = follower(municipality, token).filter(policy::mayStop);
    follower.ifPresent(f -> followers.unsubscribe(municipality, f.id(), OffsetDateTime.now()));
    return follower.map(Follower::dialogueId);
  }

  private Optional<Follower> follower(MunicipalityId municipality, String token) {
    return FollowerTokens.follower(token, hash -> followers.byUnsubscribeToken(municipality, hash));
  }
}
