package se.trygghetsdialog.opinion;

import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.opinion.OpinionRepository.DialogueRef;

/**
 * The reads that keep a dialogue's in-memory vote matrix up to date: all of a tick's reads see one
 * snapshot (repeatable read), and the snapshot's oldest running transaction is the horizon. Votes
 * are read only from transactions older than the horizon, which have all ended; the next read
 * starts at this horizon, so a vote whose transaction commits late is read then and never skipped.
 */
@Repository
class LiveVoteReads {

  private static final String CELLS =
      """
      SELECT p.number, s.number,
             CASE v.vote WHEN 'AGREE' THEN 1 WHEN 'DISAGREE' THEN -1 ELSE 0 END
        FROM opinion_vote v
        JOIN opinion_participant p ON p.participant_id = v.participant_id
        JOIN opinion_statement s ON s.statement_id = v.statement_id
       WHERE v.municipality_id = ? AND v.dialogue_id = ? AND s.visibility = 'SHOWN'
      """;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate snapshot;

  LiveVoteReads(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    // Streams a million rows without holding them all in the driver.
    this.jdbc.setFetchSize(10_000);
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
    snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** What one tick reads, all in one snapshot. */
  interface Snapshot {
    /** Every transaction older than this has ended; the cells read stop here. */
    String horizon();

    /** The numbers of the shown statements, ascending. */
    int[] shown();

    /** Votes on shown statements written from {@code from} up to the horizon. */
    void changedSince(String from, LiveVotes.Cells into);

    /** All votes on the given shown statements, up to the horizon. */
    void votesOn(int[] statements, LiveVotes.Cells into);
  }

  /** Runs {@code work} in one read-only snapshot of the dialogue's votes. */
  <T> T inSnapshot(DialogueRef ref, Function<Snapshot, T> work) {
    return snapshot.execute(
        status -> {
          String horizon =
              jdbc.queryForObject(
                  "SELECT pg_snapshot_xmin(pg_current_snapshot())::text", String.class);
          int[] shown =
              jdbc
                  .queryForList(
                      """
                      SELECT number FROM opinion_statement
                       WHERE municipality_id = ? AND dialogue_id = ? AND visibility = 'SHOWN'
                       ORDER BY number
                      """,
                      Integer.class,
                      ref.municipality().value(),
                      ref.dialogue().value())
                  .stream()
                  .mapToInt(Integer::intValue)
                  .toArray();
          return work.apply(new Reads(ref, horizon, shown));
        });
  }

  private final class Reads implements Snapshot {
    private final DialogueRef ref;
    private final String horizon;
    private final int[] shown;

    Reads(DialogueRef ref, String horizon, int[] shown) {
      this.ref = ref;
      this.horizon = horizon;
      this.shown = shown;
    }

    @Override
    public String horizon() {
      return horizon;
    }

    @Override
    public int[] shown() {
      return shown;
    }

    @Override
    public void changedSince(String from, LiveVotes.Cells into) {
      jdbc.query(
          CELLS + " AND v.tx >= CAST(? AS xid8) AND v.tx < CAST(? AS xid8)",
          rs -> {
            into.add(rs.getInt(1), rs.getInt(2), (byte) rs.getInt(3));
          },
          ref.municipality().value(),
          ref.dialogue().value(),
          from,
          horizon);
    }

    @Override
    public void votesOn(int[] statements, LiveVotes.Cells into) {
      if (statements.length == 0) {
        return;
      }
      Integer[] numbers = java.util.Arrays.stream(statements).boxed().toArray(Integer[]::new);
      jdbc.query(
          connection -> {
            var statement =
                connection.prepareStatement(
                    CELLS + " AND s.number = ANY (?) AND v.tx < CAST(? AS xid8)");
            statement.setObject(1, ref.municipality().value());
            statement.setObject(2, ref.dialogue().value());
            statement.setArray(3, connection.createArrayOf("integer", numbers));
            statement.setString(4, horizon);
            statement.setFetchSize(10_000);
            return statement;
          },
          rs -> {
            into.add(rs.getInt(1), rs.getInt(2), (byte) rs.getInt(3));
          });
    }
  }
}
