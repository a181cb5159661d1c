package se.trygghetsdialog.topic;

import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The mails a resident who proposed a topic gets, in the language they used: the confirmation link,
 * and the topic's new status with its reason at each change. Every mail carries a link that stops
 * the mails.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicMails {

  private final MessageSource messages;
  private final MailOutbox outbox;
  private final MailLinks links;
  private final Municipalities municipalities;
  private final TopicProposers proposers;

  void confirmation(
      MunicipalityId municipality, String email, Locale locale, TopicProposers.Links tokens) {
    outbox.queue(
        municipality,
        email,
        text("topic.mail.confirm.subject", locale),
        text(
            "topic.mail.confirm.body",
            locale,
            municipalities.name(municipality),
            links.to("/amnen/bekrafta/" + tokens.confirmToken()),
            links.to("/amnen/sluta/" + tokens.stopToken())));
  }

  @ApplicationModuleListener
  void on(TopicStatusChanged event) {
    toEachProposer(
        event.municipalityId(), event.topicId(), (to, stop) -> statusChanged(event, to, stop));
  }

  /** Each proposer of the topic who confirmed an address, with the token that stops the mails. */
  private void toEachProposer(
      MunicipalityId municipality, UUID topic, BiConsumer<TopicProposers.Proposer, String> mail) {
    for (TopicProposers.Proposer proposer : proposers.confirmed(municipality, topic)) {
      proposers
          .stopTokenFor(municipality, topic, proposer.email())
          .ifPresent(stop -> mail.accept(proposer, stop));
    }
  }

  private void statusChanged(TopicStatusChanged event, TopicProposers.Proposer to, String stop) {
    Locale locale = to.locale();
    String status = text("topic.status." + event.to().name(), locale);
    outbox.queue(
        event.municipalityId(),
        to.email(),
        text("topic.mail.status.subject", locale, event.title(), status),
        text(
            "topic.mail.status.body",
            locale,
            event.title(),
            municipalities.name(event.municipalityId()),
            status,
            event.reason(),
            topicUrl(event.topicId()),
            links.to("/amnen/sluta/" + stop),
            event.to() == TopicStatus.DIALOGUE_DECIDED
                ? text("topic.mail.status.dialogue", locale)
                : ""));
  }

  /** A medborgarförslag's case reached a step: each proposer who asked is told. */
  @ApplicationModuleListener
  void on(ProposalCaseChanged event) {
    toEachProposer(
        event.municipalityId(), event.topicId(), (to, stop) -> caseChanged(event, to, stop));
  }

  private void caseChanged(ProposalCaseChanged event, TopicProposers.Proposer to, String stop) {
    Locale locale = to.locale();
    String step = text("topic.proposal.step." + event.step().name(), locale);
    outbox.queue(
        event.municipalityId(),
        to.email(),
        text("topic.mail.proposal.subject", locale, event.title(), step),
        text(
            "topic.mail.proposal.body",
            locale,
            event.title(),
            municipalities.name(event.municipalityId()),
            step,
            topicUrl(event.topicId()),
            links.to("/amnen/sluta/" + stop)));
  }

  private String topicUrl(UUID topic) {
    return links.to("/amnen/" + topic);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
