package se.trygghetsdialog.feedback;

import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.StepChanged;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Writes the mails a follower gets, in the follower's language, and queues them in the outbox of
 * the current transaction. Every mail carries a link to stop following.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FollowerMails {

  private final MessageSource messages;
  private final MailOutbox outbox;
  private final Municipalities municipalities;
  private final MailLinks links;

  void confirmation(
      Follower follower, String dialogueTitle, String confirmToken, String unsubscribeToken) {
    Locale locale = follower.locale();
    outbox.queue(
        follower.municipalityId(),
        follower.email(),
        text("feedback.mail.confirm.subject", locale, dialogueTitle),
        text(
            "feedback.mail.confirm.body",
            locale,
            dialogueTitle,
            municipalityName(follower.municipalityId()),
            links.to(follower.municipalityId(), "/folj/bekrafta/" + confirmToken),
            unsubscribeUrl(follower.municipalityId(), unsubscribeToken)),
        unsubscribeUrl(follower.municipalityId(), unsubscribeToken));
  }

  void stepChanged(Follower follower, StepChanged event, String unsubscribeToken) {
    Locale locale = follower.locale();
    String step = stepName(event.to(), locale);
    String number = String.valueOf(event.to().number());
    outbox.queue(
        follower.municipalityId(),
        follower.email(),
        text("feedback.mail.step.subject", locale, event.title(), number, step),
        text(
            "feedback.mail.step.body",
            locale,
            event.title(),
            municipalityName(follower.municipalityId()),
            number,
            step,
            event.feedback(),
            dialogueUrl(follower.municipalityId(), event.dialogueId()),
            unsubscribeUrl(follower.municipalityId(), unsubscribeToken)),
        unsubscribeUrl(follower.municipalityId(), unsubscribeToken));
  }

  /** The step's name as the dialogue pages show it (SKR's names). */
  String stepName(DialogueStep step, Locale locale) {
    return messages.getMessage("dialogue.step." + step.name(), null, locale);
  }

  private String dialogueUrl(MunicipalityId municipality, DialogueId dialogue) {
    return links.to(municipality, "/dialoger/" + dialogue);
  }

  /** The address of the link that stops following, with the token it carries. */
  String unsubscribeUrl(MunicipalityId municipality, String token) {
    return links.to(municipality, "/folj/avsluta/" + token);
  }

  private String municipalityName(MunicipalityId municipality) {
    return municipalities.all().stream()
        .filter(t -> t.id().equals(municipality))
        .map(Tenant::name)
        .findFirst()
        .orElse("");
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
