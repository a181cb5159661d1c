package se.trygghetsdialog.opinion;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.moderation.ContentSubmitted;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.moderation.ScreeningResult;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A resident writes their own statement. It is screened for personal data once and waits in the
 * moderation queue; it is shown, with the moderator's public text, only after approval. The text as
 * submitted is kept only in the moderation queue, never in this module, so a rejected statement
 * leaves no personal data here.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SubmitStatement {

  /** The message key of a statement refused because it seems to hold personal data. */
  public static final String PERSONAL_DATA = "opinion.error.text.personalData";

  private final OpinionRepository repository;
  private final OpinionConversations conversations;
  private final PersonalDataScreener screener;
  private final ApplicationEventPublisher events;
  private final StatementLinks links;

  /**
   * A submitted statement and its private receipt token (shown once, only its hash is stored).
   *
   * @param heldForReview the text seems to hold personal data and was sent anyway
   */
  public record Receipt(StatementId statement, String token, boolean heldForReview) {}

  /**
   * What a resident sends with the statement form, bound and validated by Spring MVC. The text was
   * screened once when it was bound; the moderation item keeps that screening.
   *
   * @param sendAnyway the resident was told that the text seems to hold personal data and sends it
   *     all the same; it is then held for review like every statement, flagged
   */
  @NoPersonalData(
      text = "text",
      unlessConfirmedBy = "sendAnyway",
      message = "{" + PERSONAL_DATA + "}")
  public record Command(
      @NotNull(message = "{opinion.error.text.required}") ScreenedText text,
      @Nullable Boolean sendAnyway) {

    boolean sentAnyway() {
      return Boolean.TRUE.equals(sendAnyway);
    }
  }

  /**
   * Submits the statement and issues its private receipt link, which opens "du sa – vi gjorde".
   *
   * @param pseudonym the resident's per-dialogue cookie pseudonym
   * @throws OpinionRuleViolation if voting is closed, the text is empty or too long, or it seems to
   *     hold personal data and is not sent anyway
   */
  @Transactional
  public Receipt submitWithReceipt(
      MunicipalityId municipality, Dialogue dialogue, String pseudonym, Command command) {
    StatementId id =
        store(municipality, dialogue, pseudonym, command.text().screening(), command.sentAnyway());
    return new Receipt(id, links.issue(municipality, id), command.text().flagged());
  }

  /** Submits a statement that is refused if it seems to hold personal data. */
  @Transactional
  public Receipt submitWithReceipt(
      MunicipalityId municipality, Dialogue dialogue, String pseudonym, String rawText) {
    StatementId id = submit(municipality, dialogue, pseudonym, rawText);
    return new Receipt(id, links.issue(municipality, id), false);
  }

  /** Submits a statement that is refused if it seems to hold personal data. */
  @Transactional
  public StatementId submit(
      MunicipalityId municipality, Dialogue dialogue, String pseudonym, String rawText) {
    return submit(municipality, dialogue, pseudonym, rawText, false);
  }

  /**
   * Submits a statement typed elsewhere than in the form (demo data, tests); the text is screened
   * here, once.
   *
   * @param pseudonym the resident's per-dialogue cookie pseudonym
   * @param sendAnyway see {@link Command}
   * @throws OpinionRuleViolation if voting is closed, the text is empty or too long, or it seems to
   *     hold personal data and is not sent anyway
   */
  @Transactional
  public StatementId submit(
      MunicipalityId municipality,
      Dialogue dialogue,
      String pseudonym,
      String rawText,
      boolean sendAnyway) {
    String text = rawText.strip().replaceAll("\\s+", " ");
    return store(municipality, dialogue, pseudonym, screener.screen(text), sendAnyway);
  }

  private StatementId store(
      MunicipalityId municipality,
      Dialogue dialogue,
      String pseudonym,
      ScreeningResult screening,
      boolean sendAnyway) {
    OpinionPolicy.checkOpen(dialogue, conversations.conversation(municipality, dialogue.id()));
    OpinionPolicy.checkStatementText(screening.text());
    if (screening.flagged() && !sendAnyway) {
      // Told without saying what was found: the screening's rules are not a guide to evade it.
      throw new OpinionRuleViolation("text", PERSONAL_DATA);
    }
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
            now,
            false),
        author);
    events.publishEvent(
        new ContentSubmitted(municipality, Statement.CONTENT_TYPE, id.value(), screening));
    events.publishEvent(new StatementSubmitted(municipality, dialogue.id(), id, now));
    return id;
  }
}
