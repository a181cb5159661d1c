package se.trygghetsdialog.feedback;

import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputSubscriber;
import se.trygghetsdialog.measure.InputSubscribers;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Tells the measure module who follows a dialogue, so confirmed followers get the decisions and
 * status changes of measures linked to it. Each mail gets its own link token, which both ends
 * following and opens "du sa – vi gjorde" for the dialogue.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueFollowerSubscribers implements InputSubscribers {

  private final DialogueFollowerRepository followers;
  private final FeedbackPolicy policy;
  private final FollowerMails mails;

  @Override
  public List<InputSubscriber> subscribersOf(MunicipalityId municipality, InputRef input) {
    if (!InputRef.DIALOGUE.equals(input.type())) {
      return List.of();
    }
    return followers.notifiable(municipality, new DialogueId(input.id())).stream()
        .filter(policy::mayNotify)
        .map(
            follower -> {
              String token = FollowerTokens.newToken();
              followers.addUnsubscribeToken(
                  municipality, follower.id(), FollowerTokens.hash(token));
              return new InputSubscriber(
                  follower.email(),
                  follower.locale(),
                  mails.unsubscribeUrl(municipality, token),
                  token);
            })
        .toList();
  }

  @Override
  public Optional<InputRef> inputOfPrivateLink(MunicipalityId municipality, String token) {
    return FollowerTokens.follower(token, hash -> followers.byUnsubscribeToken(municipality, hash))
        .map(f -> InputRef.dialogue(f.dialogueId().value()));
  }
}
