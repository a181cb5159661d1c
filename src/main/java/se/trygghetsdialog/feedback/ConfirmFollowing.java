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
 * A resident confirms with the link from the confirmation mail that they want to follow the
 * dialogue (second half of the double opt-in). The link works once and for a limited time.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConfirmFollowing {

  private final DialogueFollowerRepository followers;
  private final FeedbackPolicy policy;

  /** The dialogue a still usable confirmation link is for; empty for an unknown or used link. */
  @Transactional(readOnly = true)
  public Optional<DialogueId> pending(MunicipalityId municipality, String token) {
    return usable(municipality, token).map(Follower::dialogueId);
  }

  /**
   * @return the dialogue now followed; empty if the link is unknown, used or expired
   */
  @Transactional
  public Optional<DialogueId> confirm(MunicipalityId municipality, String token) {
    return usable(municipality, token)
        .filter(f -> followers.confirm(municipality, f.id(), OffsetDateTime.now()))
        .map(Follower::dialogueId);
  }

  private Optional<Follower> usable(MunicipalityId municipality, String token) {
    return FollowerTokens.follower(token, hash -> followers.byConfirmToken(municipality, hash))
        .filter(f -> policy.mayConfirm(f, OffsetDateTime.now()));
  }
}
