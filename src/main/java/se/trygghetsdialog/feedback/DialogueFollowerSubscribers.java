package se.trygghetsdialog.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
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
class DialogueFollowerSubscribers implements InputSubscribers {

  private final DialogueFollowerRepository followers;
  private final FeedbackPolicy policy;
  private final String baseUrl;

  DialogueFollowerSubscribers(
      DialogueFollowerRepository followers,
      FeedbackPolicy policy,
      @Value("${app.base-url}") String baseUrl) {
    this.followers = followers;
    this.policy = policy;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

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
                  follower.email(), follower.locale(), baseUrl + "/folj/avsluta/" + token, token);
            })
        .toList();
  }

  @Override
  public Optional<InputRef> inputOfPrivateLink(MunicipalityId municipality, String token) {
    if (!FollowerTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return followers
        .byUnsubscribeToken(municipality, FollowerTokens.hash(token))
        .map(f -> InputRef.dialogue(f.dialogueId().value()));
  }
}
