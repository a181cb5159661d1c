package se.trygghetsdialog.measure;

import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.mail.MailLinks;

/**
 * On a decision or a status change, queues one digest entry per resident who asked to be told about
 * an input the measure is linked to. The daily {@link SendMeasureDigests} job mails them.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasureNotifications {

  private final MeasureRepository measures;
  private final DigestRepository digests;
  private final List<InputSubscribers> subscribers;
  private final MessageSource messages;
  private final MailLinks links;

  @ApplicationModuleListener
  void on(DecisionRecorded event) {
    var decision =
        measures.decisions(event.municipalityId(), event.measureId()).stream()
            .filter(d -> d.id().equals(event.decisionId()))
            .findFirst()
            .orElse(null);
    if (decision == null) {
      return;
    }
    queue(
        event.municipalityId(),
        event.measureId(),
        "decision:" + event.decisionId(),
        locale ->
            text(
                "measure.mail.digest.decision",
                locale,
                event.title(),
                text("measure.outcome." + event.outcome().name(), locale),
                decision.body(),
                decision.decidedOn().toString(),
                decision.reasons()));
  }

  @ApplicationModuleListener
  void on(MeasureStatusChanged event) {
    queue(
        event.municipalityId(),
        event.measureId(),
        "status:" + event.measureId() + ":" + event.to() + ":" + event.occurredAt().toInstant(),
        locale ->
            text(
                "measure.mail.digest.status",
                locale,
                event.title(),
                text("measure.status." + event.to().name(), locale),
                event.note()));
  }

  private void queue(
      se.trygghetsdialog.shared.MunicipalityId municipality,
      MeasureId measure,
      String eventKey,
      java.util.function.Function<Locale, String> line) {
    for (MeasureLink link : measures.links(municipality, measure)) {
      for (InputSubscribers source : subscribers) {
        for (InputSubscriber s : source.subscribersOf(municipality, link.input())) {
          digests.queue(
              municipality,
              s.email(),
              "en".equals(s.locale().getLanguage()) ? "en" : "sv",
              s.unsubscribeUrl(),
              links.to(municipality, "/du-sa-vi-gjorde/" + s.privateToken()),
              measure,
              link.input(),
              eventKey,
              line.apply(s.locale()));
        }
      }
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
