package se.trygghetsdialog.opinion;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for conversations, statements, participants, votes and stored results. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OpinionRepository {

  /** One vote as the worker and the export read it. */
  record VoteRow(int participantNumber, int statementNumber, Vote vote, OffsetDateTime votedAt) {}

  /** A dialogue of some municipality. */
  record DialogueRef(MunicipalityId municipality, DialogueId dialogue) {}

  /** One imported vote. */
  record NewVote(ParticipantId participant, StatementId statement, Vote vote) {}

  /** A stored result. */
  record StoredResult(String json, int voteCount, OffsetDateTime computedAt) {}

  private static final String STATEMENT_COLUMNS =
      "statement_id, municipality_id, dialogue_id, number, text, origin, visibility, created_at,"
          + " disposed_at";

  private static final MunicipalityRows<Statement> STATEMENTS =
      new MunicipalityRows<>(
          STATEMENT_COLUMNS,
          "FROM opinion_statement WHERE municipality_id = :m",
          OpinionRepository::statement);

  private final JdbcClient jdbc;

  private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t.toInstant().atOffset(ZoneOffset.UTC);
  }

  private static Statement statement(ResultSet rs, int row) throws SQLException {
    return new Statement(
        new StatementId(rs.getObject("statement_id", UUID.class)),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        new DialogueId(rs.getObject("dialogue_id", UUID.class)),
        rs.getInt("number"),
        rs.getString("text"),
        StatementOrigin.valueOf(rs.getString("origin")),
        StatementVisibility.valueOf(rs.getString("visibility")),
        time(rs, "created_at"),
        rs.getObject("disposed_at") != null);
  }

  /** The statement with the municipality bound to {@code :m} and the dialogue to {@code :d}. */
  private JdbcClient.StatementSpec inDialogue(
      String sql, MunicipalityId municipality, DialogueId dialogue) {
    return jdbc.sql(sql).param("m", municipality.value()).param("d", dialogue.value());
  }

  // ---- conversation ---------------------------------------------------------------------------

  void ensureConversation(MunicipalityId municipality, DialogueId dialogue) {
    inDialogue(
            """
            INSERT INTO opinion_conversation (municipality_id, dialogue_id) VALUES (:m, :d)
            ON CONFLICT DO NOTHING
            """,
            municipality,
            dialogue)
        .update();
  }

  Optional<Conversation> conversation(MunicipalityId municipality, DialogueId dialogue) {
    return inDialogue(
            """
            SELECT open_in_steps FROM opinion_conversation
             WHERE municipality_id = :m AND dialogue_id = :d
            """,
            municipality,
            dialogue)
        .query((rs, row) -> new Conversation(municipality, dialogue, steps(rs.getArray(1))))
        .optional();
  }

  private static Set<DialogueStep> steps(Array array) throws SQLException {
    Set<DialogueStep> out = EnumSet.noneOf(DialogueStep.class);
    for (Object o : (Object[]) array.getArray()) {
      out.add(DialogueStep.valueOf(o.toString()));
    }
    return out;
  }

  void updateOpenSteps(MunicipalityId municipality, DialogueId dialogue, Set<DialogueStep> steps) {
    String names = String.join(",", steps.stream().map(Enum::name).sorted().toList());
    jdbc.sql(
            """
            UPDATE opinion_conversation SET open_in_steps = string_to_array(:steps, ',')
             WHERE municipality_id = :m AND dialogue_id = :d
            """)
        .param("steps", names)
        .param("m", municipality.value())
        .param("d", dialogue.value())
        .update();
  }

  /** Reserves {@code count} consecutive statement numbers; the row lock serialises writers. */
  int reserveStatementNumbers(MunicipalityId municipality, DialogueId dialogue, int count) {
    return reserveNumbers("next_statement_number", municipality, dialogue, count);
  }

  int reserveParticipantNumbers(MunicipalityId municipality, DialogueId dialogue, int count) {
    return reserveNumbers("next_participant_number", municipality, dialogue, count);
  }

  /**
   * Reserves {@code count} consecutive numbers of the conversation's counter column (one of the two
   * above, never input); the row lock serialises writers.
   */
  private int reserveNumbers(
      String counter, MunicipalityId municipality, DialogueId dialogue, int count) {
    return jdbc.sql(
            """
            UPDATE opinion_conversation SET %1$s = %1$s + :c
             WHERE municipality_id = :m AND dialogue_id = :d
            RETURNING %1$s - :c
            """
                .formatted(counter))
        .param("c", count)
        .param("m", municipality.value())
        .param("d", dialogue.value())
        .query(Integer.class)
        .single();
  }

  // ---- statements -----------------------------------------------------------------------------

  void insertStatement(Statement s, @Nullable ParticipantId author) {
    jdbc.sql(
            """
            INSERT INTO opinion_statement (statement_id, municipality_id, dialogue_id, number, text,
                origin, visibility, author_participant_id, created_at)
            VALUES (:id, :m, :d, :n, :text, :origin, :visibility, :author, :at)
            """)
        .param("id", s.id().value())
        .param("m", s.municipalityId().value())
        .param("d", s.dialogueId().value())
        .param("n", s.number())
        .param("text", s.text())
        .param("origin", s.origin().name())
        .param("visibility", s.visibility().name())
        .param("author", author == null ? null : author.value())
        .param("at", s.createdAt())
        .update();
  }

  List<Statement> statements(MunicipalityId municipality, DialogueId dialogue) {
    return STATEMENTS.list(
        jdbc, municipality, "AND dialogue_id = :d ORDER BY number", Map.of("d", dialogue.value()));
  }

  Optional<Statement> statement(MunicipalityId municipality, StatementId id) {
    return STATEMENTS.optional(
        jdbc, municipality, "AND statement_id = :id", Map.of("id", id.value()));
  }

  /** The municipality's newest shown statements, newest first. */
  List<Statement> newestShown(MunicipalityId municipality, int limit) {
    String rest = "AND visibility = 'SHOWN' ORDER BY created_at DESC LIMIT :limit";
    return STATEMENTS.list(jdbc, municipality, rest, Map.of("limit", limit));
  }

  boolean updateVisibility(
      MunicipalityId municipality,
      StatementId id,
      StatementVisibility visibility,
      @Nullable String text) {
    return jdbc.sql(
                """
            UPDATE opinion_statement SET visibility = :v, text = COALESCE(:text, text)
             WHERE municipality_id = :m AND statement_id = :id
            """)
            .param("v", visibility.name())
            .param("text", text)
            .param("m", municipality.value())
            .param("id", id.value())
            .update()
        == 1;
  }

  void recordRejection(MunicipalityId municipality, StatementId id, String reason) {
    jdbc.sql(
            """
            UPDATE opinion_statement SET rejection_reason = :r
             WHERE municipality_id = :m AND statement_id = :id
            """)
        .param("r", reason)
        .param("m", municipality.value())
        .param("id", id.value())
        .update();
  }

  String rejectionReason(MunicipalityId municipality, StatementId id) {
    return jdbc.sql(
            """
            SELECT rejection_reason FROM opinion_statement
             WHERE municipality_id = :m AND statement_id = :id
            """)
        .param("m", municipality.value())
        .param("id", id.value())
        .query(String.class)
        .optional()
        .orElse("");
  }

  /** Shown statements with their number of votes, fewest first. */
  Map<StatementId, Integer> voteCountsOfShown(MunicipalityId municipality, DialogueId dialogue) {
    Map<StatementId, Integer> out = new HashMap<>();
    inDialogue(
            """
            SELECT s.statement_id, count(v.statement_id) AS votes
              FROM opinion_statement s
              LEFT JOIN opinion_vote v ON v.statement_id = s.statement_id
             WHERE s.municipality_id = :m AND s.dialogue_id = :d AND s.visibility = 'SHOWN'
             GROUP BY s.statement_id
            """,
            municipality,
            dialogue)
        .query(
            (rs, row) ->
                out.put(
                    new StatementId(rs.getObject("statement_id", UUID.class)), rs.getInt("votes")))
        .list();
    return out;
  }

  // ---- participants ---------------------------------------------------------------------------

  Optional<ParticipantId> participantByHash(
      MunicipalityId municipality, DialogueId dialogue, String hash) {
    return inDialogue(
            """
            SELECT participant_id FROM opinion_participant
             WHERE municipality_id = :m AND dialogue_id = :d AND pseudonym_hash = :h
            """,
            municipality,
            dialogue)
        .param("h", hash)
        .query((rs, row) -> new ParticipantId(rs.getObject(1, UUID.class)))
        .optional();
  }

  /** The conversation's open steps (null without its row) and a pseudonym's participant, if any. */
  record Voter(@Nullable Set<DialogueStep> openSteps, @Nullable ParticipantId participant) {}

  /** {@link #conversation} and {@link #participantByHash} in one round trip. */
  Voter voter(MunicipalityId municipality, DialogueId dialogue, String hash) {
    return inDialogue(
            """
            SELECT (SELECT open_in_steps FROM opinion_conversation
                     WHERE municipality_id = :m AND dialogue_id = :d) AS steps,
                   (SELECT participant_id FROM opinion_participant
                     WHERE municipality_id = :m AND dialogue_id = :d AND pseudonym_hash = :h)
                       AS participant
            """,
            municipality,
            dialogue)
        .param("h", hash)
        .query(
            (rs, row) -> {
              Array steps = rs.getArray("steps");
              UUID participant = rs.getObject("participant", UUID.class);
              return new Voter(
                  steps == null ? null : steps(steps),
                  participant == null ? null : new ParticipantId(participant));
            })
        .single();
  }

  /** Inserts a participant unless one with this pseudonym hash exists (parallel requests). */
  void insertParticipant(
      MunicipalityId municipality,
      DialogueId dialogue,
      ParticipantId id,
      int number,
      @Nullable String hash) {
    jdbc.sql(
            """
            INSERT INTO opinion_participant
                (participant_id, municipality_id, dialogue_id, number, pseudonym_hash)
            VALUES (:id, :m, :d, :n, :h)
            ON CONFLICT (municipality_id, dialogue_id, pseudonym_hash) DO NOTHING
            """)
        .param("id", id.value())
        .param("m", municipality.value())
        .param("d", dialogue.value())
        .param("n", number)
        .param("h", hash)
        .update();
  }

  // ---- votes ----------------------------------------------------------------------------------

  /**
   * Stores a vote on a shown statement; a later vote replaces the earlier one. The primary key
   * makes two parallel requests of one participant end as one row.
   *
   * @return false if the statement is not shown (the vote is ignored)
   */
  boolean upsertVote(
      MunicipalityId municipality,
      DialogueId dialogue,
      ParticipantId participant,
      StatementId statement,
      Vote vote,
      OffsetDateTime at) {
    return voteStatement(
                UPSERT_VOTE, municipality, dialogue, new NewVote(participant, statement, vote), at)
            .update()
        == 1;
  }

  private static final String UPSERT_VOTE =
      """
      INSERT INTO opinion_vote
          (municipality_id, dialogue_id, participant_id, statement_id, vote, voted_at)
      SELECT :m, :d, :p, s.statement_id, :vote, :at
        FROM opinion_statement s
       WHERE s.statement_id = :s AND s.municipality_id = :m AND s.dialogue_id = :d
         AND s.visibility = 'SHOWN'
      ON CONFLICT (participant_id, statement_id)
      DO UPDATE SET vote = EXCLUDED.vote, voted_at = EXCLUDED.voted_at,
                    tx = pg_current_xact_id()
      """;

  private JdbcClient.StatementSpec voteStatement(
      String sql,
      MunicipalityId municipality,
      DialogueId dialogue,
      NewVote vote,
      OffsetDateTime at) {
    return inDialogue(sql, municipality, dialogue)
        .param("p", vote.participant().value())
        .param("s", vote.statement().value())
        .param("vote", vote.vote().name())
        .param("at", at);
  }

  /** A stored vote (or not: the statement is not shown) and every statement the voter voted on. */
  record CastRows(boolean stored, Set<StatementId> voted) {}

  /**
   * {@link #upsertVote} and {@link #votedBy} in one statement (one round trip, one commit): the
   * participant's earlier votes as the statement's snapshot sees them, plus the row just written.
   */
  CastRows upsertVoteAndList(
      MunicipalityId municipality, DialogueId dialogue, NewVote vote, OffsetDateTime at) {
    Set<StatementId> voted = new java.util.HashSet<>();
    boolean[] stored = {false};
    voteStatement(
            "WITH written AS ("
                + UPSERT_VOTE
                + """
                RETURNING statement_id)
                SELECT statement_id, TRUE AS written FROM written
                UNION ALL
                SELECT statement_id, FALSE FROM opinion_vote
                 WHERE municipality_id = :m AND participant_id = :p
                """,
            municipality,
            dialogue,
            vote,
            at)
        .query(
            rs -> {
              voted.add(new StatementId(rs.getObject(1, UUID.class)));
              stored[0] |= rs.getBoolean(2);
            });
    return new CastRows(stored[0], Set.copyOf(voted));
  }

  Set<StatementId> votedBy(MunicipalityId municipality, ParticipantId participant) {
    return Set.copyOf(
        jdbc.sql(
                """
                SELECT statement_id FROM opinion_vote
                 WHERE municipality_id = :m AND participant_id = :p
                """)
            .param("m", municipality.value())
            .param("p", participant.value())
            .query((rs, row) -> new StatementId(rs.getObject(1, UUID.class)))
            .list());
  }

  Optional<Vote> vote(MunicipalityId municipality, ParticipantId participant, StatementId s) {
    return jdbc.sql(
            """
            SELECT vote FROM opinion_vote
             WHERE municipality_id = :m AND participant_id = :p AND statement_id = :s
            """)
        .param("m", municipality.value())
        .param("p", participant.value())
        .param("s", s.value())
        .query((rs, row) -> Vote.valueOf(rs.getString(1)))
        .optional();
  }

  int countVotes(MunicipalityId municipality, ParticipantId participant, StatementId s) {
    return jdbc.sql(
            """
            SELECT count(*) FROM opinion_vote
             WHERE municipality_id = :m AND participant_id = :p AND statement_id = :s
            """)
        .param("m", municipality.value())
        .param("p", participant.value())
        .param("s", s.value())
        .query(Integer.class)
        .single();
  }

  /** Every vote of the dialogue in the order cast, with participant and statement numbers. */
  void streamVotes(MunicipalityId municipality, DialogueId dialogue, Consumer<VoteRow> sink) {
    inDialogue(
            """
            SELECT p.number AS participant_number, s.number AS statement_number, v.vote, v.voted_at
              FROM opinion_vote v
              JOIN opinion_participant p ON p.participant_id = v.participant_id
              JOIN opinion_statement s ON s.statement_id = v.statement_id
             WHERE v.municipality_id = :m AND v.dialogue_id = :d
             ORDER BY v.voted_at, p.number, s.number
            """,
            municipality,
            dialogue)
        .query(
            rs -> {
              sink.accept(
                  new VoteRow(
                      rs.getInt("participant_number"),
                      rs.getInt("statement_number"),
                      Vote.valueOf(rs.getString("vote")),
                      time(rs, "voted_at")));
            });
  }

  /** Adds many votes at once (import, demo), 500 rows per statement; no statement is checked. */
  void insertVotes(
      MunicipalityId municipality, DialogueId dialogue, List<NewVote> votes, OffsetDateTime at) {
    for (int from = 0; from < votes.size(); from += 500) {
      List<NewVote> chunk = votes.subList(from, Math.min(votes.size(), from + 500));
      StringBuilder sql =
          new StringBuilder(
              "INSERT INTO opinion_vote (municipality_id, dialogue_id, participant_id,"
                  + " statement_id, vote, voted_at) VALUES ");
      List<Object> params = new java.util.ArrayList<>(chunk.size() * 6);
      for (int i = 0; i < chunk.size(); i++) {
        NewVote v = chunk.get(i);
        sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
        params.add(municipality.value());
        params.add(dialogue.value());
        params.add(v.participant().value());
        params.add(v.statement().value());
        params.add(v.vote().name());
        params.add(at);
      }
      sql.append(
          " ON CONFLICT (participant_id, statement_id)"
              + " DO UPDATE SET vote = EXCLUDED.vote, voted_at = EXCLUDED.voted_at,"
              + " tx = pg_current_xact_id()");
      jdbc.sql(sql.toString()).params(params).update();
    }
  }

  int participantCount(MunicipalityId municipality, DialogueId dialogue) {
    return inDialogue(
            """
            SELECT count(DISTINCT participant_id) FROM opinion_vote
             WHERE municipality_id = :m AND dialogue_id = :d
            """,
            municipality,
            dialogue)
        .query(Integer.class)
        .single();
  }

  // ---- results --------------------------------------------------------------------------------

  /**
   * Stores a result computed from the votes of transactions before {@code votesBefore}; a result of
   * an older horizon (another node, slower) never replaces a newer one.
   */
  void storeResult(
      MunicipalityId municipality,
      DialogueId dialogue,
      String json,
      int voteCount,
      OffsetDateTime computedAt,
      String votesBefore) {
    inDialogue(
            """
            INSERT INTO opinion_result
                (municipality_id, dialogue_id, result, vote_count, computed_at, votes_before)
            VALUES (:m, :d, CAST(:json AS JSONB), :votes, :at, CAST(:before AS xid8))
            ON CONFLICT (municipality_id, dialogue_id)
            DO UPDATE SET result = EXCLUDED.result, vote_count = EXCLUDED.vote_count,
                          computed_at = EXCLUDED.computed_at, votes_before = EXCLUDED.votes_before
             WHERE opinion_result.votes_before IS NULL
                OR opinion_result.votes_before <= EXCLUDED.votes_before
            """,
            municipality,
            dialogue)
        .param("json", json)
        .param("votes", voteCount)
        .param("at", computedAt)
        .param("before", votesBefore)
        .update();
  }

  /**
   * Whether the stored result includes every committed vote: there is one, and no vote of a
   * transaction at or past its horizon (another node may have computed it).
   */
  boolean resultIncludesEveryVote(MunicipalityId municipality, DialogueId dialogue) {
    return inDialogue(
            """
            SELECT EXISTS (
              SELECT 1 FROM opinion_result r
               WHERE r.municipality_id = :m AND r.dialogue_id = :d AND r.votes_before IS NOT NULL
                 AND NOT EXISTS (
                   SELECT 1 FROM opinion_vote v
                    WHERE v.municipality_id = :m AND v.dialogue_id = :d
                      AND v.tx >= r.votes_before))
            """,
            municipality,
            dialogue)
        .query(Boolean.class)
        .single();
  }

  /** When the stored result was computed, without reading it. */
  Optional<OffsetDateTime> resultComputedAt(MunicipalityId municipality, DialogueId dialogue) {
    return inDialogue(
            """
            SELECT computed_at FROM opinion_result
             WHERE municipality_id = :m AND dialogue_id = :d
            """,
            municipality,
            dialogue)
        .query((rs, row) -> time(rs, "computed_at"))
        .optional();
  }

  Optional<StoredResult> result(MunicipalityId municipality, DialogueId dialogue) {
    return inDialogue(
            """
            SELECT result::text AS json, vote_count, computed_at FROM opinion_result
             WHERE municipality_id = :m AND dialogue_id = :d
            """,
            municipality,
            dialogue)
        .query(
            (rs, row) ->
                new StoredResult(
                    rs.getString("json"), rs.getInt("vote_count"), time(rs, "computed_at")))
        .optional();
  }

  /**
   * Dialogues (any municipality) whose stored result is missing or does not include their newest
   * vote: a vote of a transaction at or past the result's horizon.
   */
  List<DialogueRef> staleDialogues() {
    return jdbc.sql(
            """
            SELECT v.municipality_id, v.dialogue_id
              FROM opinion_vote v
              LEFT JOIN opinion_result r
                ON r.municipality_id = v.municipality_id AND r.dialogue_id = v.dialogue_id
             GROUP BY v.municipality_id, v.dialogue_id, r.votes_before
            HAVING r.votes_before IS NULL OR bool_or(v.tx >= r.votes_before)
            """)
        .query(
            (rs, row) ->
                new DialogueRef(
                    new MunicipalityId(rs.getObject(1, UUID.class)),
                    new DialogueId(rs.getObject(2, UUID.class))))
        .list();
  }
}
