package se.trygghetsdialog.feedback;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * A resident asks to follow a dialogue by e-mail (first half of the double opt-in): a pending
 * follower is stored and a confirmation link is mailed. Repeating the request never creates a
 * second follower, re-sends the link at most every ten minutes and sends nothing to an address that
 * already follows; the caller shows the same receipt in every case, so the answer never reveals
 * whether an address follows a dialogue.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FollowDialogue {

  /**
   * The follow form, bound and validated by Spring MVC.
   *
   * @param consent the resident ticked that they want mail about the dialogue
   */
  public record Command(
      @NotBlank(message = "{feedback.follow.error.email.required}")
          @Size(max = EmailAddress.MAX_LENGTH, message = "{feedback.follow.error.email.tooLong}")
          @EmailAddress.Shaped(message = "{feedback.follow.error.email.invalid}")
          String email,
      @NotNull(message = "{feedback.follow.error.consent.required}")
          @AssertTrue(message = "{feedback.follow.error.consent.required}")
          Boolean consent) {}

  private final Dialogues dialogues;
  private final DialogueFollowerRepository followers;
  private final FeedbackPolicy policy;
  private final FollowerMails mails;

  /**
   * The follow form of a dialogue.
   *
   * @param locale the language the mails will be written in
   * @throws NotFoundException if the municipality has no such dialogue
   * @throws IllegalArgumentException if the address (surrounding space ignored) is not a valid
   *     e-mail address
   */
  @Transactional
  public void follow(
      MunicipalityId municipality, DialogueId dialogueId, Command command, Locale locale) {
    Dialogue dialogue =
        dialogues
            .find(municipality, dialogueId)
            .orElseThrow(() -> new NotFoundException("dialogue " + dialogueId));
    String address = command.email().strip();
    if (!EmailAddress.valid(address)) {
      throw new IllegalArgumentException("Not an e-mail address");
    }
    OffsetDateTime now = OffsetDateTime.now();
    Follower active = followers.active(municipality, dialogueId, address).orElse(null);
    switch (policy.follow(active, now)) {
      case CREATE -> create(municipality, dialogue, address, locale, now);
      case RESEND_CONFIRMATION -> resend(dialogue, active, now);
      case NOTHING -> {}
    }
  }

  private void create(
      MunicipalityId municipality,
      Dialogue dialogue,
      String address,
      Locale locale,
      OffsetDateTime now) {
    Follower follower =
        new Follower(
            UUID.randomUUID(),
            municipality,
            dialogue.id(),
            address,
            Locale.forLanguageTag(Follower.languageOf(locale)),
            now,
            now,
            null,
            null);
    String confirmToken = FollowerTokens.newToken();
    String unsubscribeToken = FollowerTokens.newToken();
    if (followers.insert(
        follower, FollowerTokens.hash(confirmToken), FollowerTokens.hash(unsubscribeToken))) {
      mails.confirmation(follower, dialogue.title(), confirmToken, unsubscribeToken);
    }
  }

  private void resend(Dialogue dialogue, Follower pending, OffsetDateTime now) {
    String confirmToken = FollowerTokens.newToken();
    if (followers.renewConfirmation(
        pending.municipalityId(),
        pending.id(),
        pending.confirmationSentAt(),
        FollowerTokens.hash(confirmToken),
        now)) {
      String unsubscribeToken = FollowerTokens.newToken();
      followers.addUnsubscribeToken(
          pending.municipalityId(), pending.id(), FollowerTokens.hash(unsubscribeToken));
      mails.confirmation(pending, dialogue.title(), confirmToken, unsubscribeToken);
    }
  }
}
