package se.trygghetsdialog.opinion;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.moderation.ContentSubmitted;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreeningResult;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A resident writes their own statement. It is screened for personal data and waits in the
 * moderation queue; it is shown, with the moderator's public text, only after approval. The text as
 * submitted is kept only in the moderation queue, never in this module, so a rejected statement
 * leaves no personal data here.
 */
@Service
public class SubmitStatement {

  private final OpinionRepository repository;
  private final OpinionConversations conversations;
  private final PersonalDataScreener screener;
  private final ApplicationEventPublisher events;
  private final StatementLinks links;

  /** A submitted statement and its private receipt token (shown once, only its hash is stored). */
  public record Receipt(StatementId statement, String token) {}

  SubmitStatement(
      OpinionRepository repository,
      OpinionConversations conversations,
      PersonalDataScreener screener,
      ApplicationEventPublisher events,
      StatementLinks links) {
    this.repository = repository;
    this.conversations = conversations;
    this.screener = screener;
    this.events = events;
    this.links = links;
  }

  /**
   * Submits the statement and issues its private receipt link, which opens "du sa – vi gjorde".
   *
   * @throws OpinionRuleViolation if voting is closed or the text is empty or too long
   */
  @Transactional
  public Receipt submitWithReceipt(
      MunicipalityId municipality, Dialogue dialogue, String pseudonym, String rawText) {
    StatementId id = submit(municipality, dialogue, pseudonym, rawText);
    return new Receipt(id, links.issue(municipality, id));
  }

  /**
   * @param pseudonym the resident's per-dialogue cookie pseudonym
   * @throws OpinionRuleViolation if voting is closed or the text is empty or too long
   */
  @Transactional
  public StatementId submit(
      MunicipalityId municipality, Dialogue dialogue, String pseudonym, String rawText) {
    OpinionPolicy.checkOpen(dialogue, conversations.conversation(municipality, dialogue.id()));
    String text = OpinionPolicy.checkStatementText(rawText);
    ScreeningResult screening = screener.screen(text);
    ParticipantId author = conversations.participate(municipality, dialogue.id(), pseudonym);
    int number = repository.reserveStatementNumbers(municipality, dialogue.id(), 1);
    StatementId id = new StatementId(UUID.randomUUID());
    OffsetDateTime now = OffsetDateTime.now();
    repository.insertStatement(
        new Statement(
            id,
            municipality,
            dialogue.id(),
            number,
            "",
            StatementOrigin.PARTICIPANT,
            StatementVisibility.PENDING,
            now),
        author);
    events.publishEvent(
        new ContentSubmitted(
            municipality, Statement.CONTENT_TYPE, id.value(), text, screening.flagged()));
    events.publishEvent(new StatementSubmitted(municipality, dialogue.id(), id, now));
    return id;
  }
}
