package se.trygghetsdialog.opinion;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A resident votes agree, disagree or pass on a statement. The last vote on a statement counts;
 * parallel requests of one participant end as one vote; a vote on a statement that is not shown
 * (pending, hidden or of another dialogue) is ignored.
 *
 * <p>Kept cheap for many votes a second: the settings and a known participant are one read; no
 * transaction of its own (the vote is one upsert, its own commit when the caller has no
 * transaction), so a new participant's number is reserved in a short transaction before it and the
 * row that hands out numbers is not locked while the vote commits; no application event (the event
 * publication registry would write a row per vote); the recompute worker is told directly, after
 * the commit.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CastVote {

  /** What a resident sends with a vote button, bound and validated by Spring MVC. */
  public record Command(
      @NotNull(message = "{opinion.error.vote.invalid}") UUID statementId,
      @NotNull(message = "{opinion.error.vote.invalid}") Vote vote) {}

  private final OpinionRepository repository;
  private final OpinionConversations conversations;
  private final RecomputeOpinionGroups recompute;

  /**
   * @param pseudonym the resident's per-dialogue cookie pseudonym
   * @return whether the vote was stored (false: the statement is not shown, the vote is ignored)
   * @throws OpinionRuleViolation if voting is closed
   */
  public boolean cast(
      MunicipalityId municipality, Dialogue dialogue, String pseudonym, Command command) {
    return cast(
        municipality, dialogue, pseudonym, new StatementId(command.statementId()), command.vote());
  }

  /**
   * @param pseudonym the resident's per-dialogue cookie pseudonym
   * @return whether the vote was stored (false: the statement is not shown, the vote is ignored)
   * @throws OpinionRuleViolation if voting is closed
   */
  public boolean cast(
      MunicipalityId municipality,
      Dialogue dialogue,
      String pseudonym,
      StatementId statement,
      Vote vote) {
    return cast(municipality, dialogue, pseudonym, statement, vote, false).stored();
  }

  /**
   * A vote and what the next statement's card needs: the settings read for the vote, the
   * participant and every statement they have voted on, this one included when it was stored.
   */
  public record Cast(
      boolean stored,
      Conversation conversation,
      ParticipantId participant,
      Set<StatementId> voted) {}

  /**
   * Casts a vote and lists the participant's votes in the same statement, for the card that
   * follows.
   *
   * @param pseudonym the resident's per-dialogue cookie pseudonym
   * @throws OpinionRuleViolation if voting is closed
   */
  public Cast castAndList(
      MunicipalityId municipality, Dialogue dialogue, String pseudonym, Command command) {
    return cast(
        municipality,
        dialogue,
        pseudonym,
        new StatementId(command.statementId()),
        command.vote(),
        true);
  }

  private Cast cast(
      MunicipalityId municipality,
      Dialogue dialogue,
      String pseudonym,
      StatementId statement,
      Vote vote,
      boolean list) {
    // One read for the settings and a known participant; a transaction only for a new one.
    OpinionConversations.Voter voter = conversations.voter(municipality, dialogue.id(), pseudonym);
    OpinionPolicy.checkOpen(dialogue, voter.conversation());
    ParticipantId participant =
        voter
            .participant()
            .orElseGet(() -> conversations.participate(municipality, dialogue.id(), pseudonym));
    OffsetDateTime now = OffsetDateTime.now();
    OpinionRepository.CastRows rows =
        list
            ? repository.upsertVoteAndList(
                municipality,
                dialogue.id(),
                new OpinionRepository.NewVote(participant, statement, vote),
                now)
            : new OpinionRepository.CastRows(
                repository.upsertVote(
                    municipality, dialogue.id(), participant, statement, vote, now),
                Set.of());
    if (rows.stored()) {
      // No application event: with the event publication registry each would cost a row.
      recompute.votesChanged(new OpinionRepository.DialogueRef(municipality, dialogue.id()));
    }
    return new Cast(rows.stored(), voter.conversation(), participant, rows.voted());
  }
}
