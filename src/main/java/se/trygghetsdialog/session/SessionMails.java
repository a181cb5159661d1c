package se.trygghetsdialog.session;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.shared.web.MessagesConfig;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.MunicipalityOverview;

/**
 * The mails to invited participants, in Swedish: the invitation with the material link, and the
 * notice that the notes are published. Queued in the transaction of the change they tell about.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionMails {

  private static final Locale SV = MessagesConfig.SWEDISH;

  private final MailOutbox outbox;
  private final MailLinks links;
  private final MessageSource messages;
  private final Municipalities municipalities;
  private final Sessions sessions;

  void invitation(DialogueSession s, String recipient) {
    String where =
        s.format().hasVenue()
            ? s.venue().name()
            : messages.getMessage("session.mail.online", null, SV);
    outbox.queue(
        s.municipalityId(),
        recipient,
        messages.getMessage("session.mail.invitation.subject", new Object[] {s.title()}, SV),
        messages.getMessage(
            "session.mail.invitation.body",
            new Object[] {
              s.title(),
              s.date().toString(),
              s.start().format(DateTimeFormatter.ofPattern("HH:mm")),
              s.end().format(DateTimeFormatter.ofPattern("HH:mm")),
              where,
              materialLink(s)
            },
            SV));
  }

  void notes(DialogueSession s, String recipient) {
    outbox.queue(
        s.municipalityId(),
        recipient,
        messages.getMessage("session.mail.notes.subject", new Object[] {s.title()}, SV),
        messages.getMessage(
            "session.mail.notes.body", new Object[] {s.title(), materialLink(s)}, SV));
  }

  private String materialLink(DialogueSession s) {
    List<String> hosts =
        municipalities
            .overview(s.municipalityId())
            .map(MunicipalityOverview::hostNames)
            .orElse(List.of());
    return links.to(hosts, sessions.materialPath(s.id()));
  }
}
