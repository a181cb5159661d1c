package se.trygghetsdialog.feedback;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** May this follower action happen now? One place for the rules of following a dialogue. */
@Component
class FeedbackPolicy {

  /** A pending follower gets a new confirmation mail at most this often. */
  static final Duration RESEND_INTERVAL = Duration.ofMinutes(10);

  /** A confirmation link works this long after it was sent. */
  static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);

  /** What a follow request leads to, given the address's active follower of the dialogue. */
  enum FollowOutcome {
    /** A new pending follower and a confirmation mail. */
    CREATE,
    /** A new confirmation link for the pending follower. */
    RESEND_CONFIRMATION,
    /** Nothing: already confirmed, or a confirmation was sent moments ago. */
    NOTHING
  }

  /** {@link FollowDialogue}: a repeated request never creates a second follower. */
  FollowOutcome follow(@Nullable Follower active, OffsetDateTime now) {
    if (active == null || active.unsubscribed()) {
      return FollowOutcome.CREATE;
    }
    if (active.confirmed()) {
      return FollowOutcome.NOTHING;
    }
    return active.confirmationSentAt().plus(RESEND_INTERVAL).isAfter(now)
        ? FollowOutcome.NOTHING
        : FollowOutcome.RESEND_CONFIRMATION;
  }

  /** {@link ConfirmFollowing}: only a pending follower, with a link that has not expired. */
  boolean mayConfirm(Follower follower, OffsetDateTime now) {
    return !follower.confirmed()
        && !follower.unsubscribed()
        && follower.confirmationSentAt().plus(CONFIRMATION_VALIDITY).isAfter(now);
  }

  /**
   * {@link StopFollowing}: always, with any link the follower was sent, even twice (the second time
   * changes nothing).
   */
  boolean mayStop(Follower follower) {
    return true;
  }

  /** Only confirmed followers who have not unsubscribed are mailed feedback. */
  boolean mayNotify(Follower follower) {
    return follower.confirmed() && !follower.unsubscribed();
  }
}
