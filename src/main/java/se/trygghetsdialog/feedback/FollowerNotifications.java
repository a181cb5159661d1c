package se.trygghetsdialog.feedback;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.StepChanged;

/**
 * Mails the feedback a dialogue publishes at a step change to each of its confirmed followers, once
 * per follower and step change even if the event is delivered again.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FollowerNotifications {

  private final DialogueFollowerRepository followers;
  private final FeedbackPolicy policy;
  private final FollowerMails mails;

  @ApplicationModuleListener
  void on(StepChanged event) {
    for (Follower follower : followers.notifiable(event.municipalityId(), event.dialogueId())) {
      if (policy.mayNotify(follower)
          && followers.recordNotification(
              event.municipalityId(), follower.id(), event.to().name(), event.changedAt())) {
        String unsubscribeToken = FollowerTokens.newToken();
        followers.addUnsubscribeToken(
            event.municipalityId(), follower.id(), FollowerTokens.hash(unsubscribeToken));
        mails.stepChanged(follower, event, unsubscribeToken);
      }
    }
  }
}
