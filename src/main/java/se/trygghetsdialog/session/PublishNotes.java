package se.trygghetsdialog.session;

import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team sends a session's notes: they appear on the material page and every invited participant
 * is mailed the link. Notes that screening flagged are refused until edited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PublishNotes {

  private final DialogueSessionRepository sessions;
  private final SessionMails mails;
  private final ApplicationEventPublisher events;

  /**
   * @throws SessionRuleViolation on {@code notes} when there are none or they are flagged
   */
  @Transactional
  public void publish(DialogueSession session, UUID actor) {
    SessionPolicy.checkNotesSendable(session);
    sessions.publishNotes(session.municipalityId(), session.id());
    for (String address : sessions.invitees(session.municipalityId(), session.id())) {
      mails.notes(session, address);
    }
    events.publishEvent(
        new SessionChanged(
            session.municipalityId(), session.id(), actor, SessionChanged.Change.NOTES_PUBLISHED));
  }
}
