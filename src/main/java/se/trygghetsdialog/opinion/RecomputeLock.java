package se.trygghetsdialog.opinion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.opinion.OpinionRepository.DialogueRef;

/**
 * One opinion recompute per dialogue across all application nodes: a PostgreSQL advisory lock per
 * dialogue, held in a transaction of a connection of its own for the length of the work (the work
 * itself uses other connections). The lock ends with that transaction, also when the node dies and
 * its connection drops.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecomputeLock {

  private final DataSource dataSource;

  /**
   * Runs {@code work} holding the dialogue's lock if no other node holds it.
   *
   * @return false without running it if another node holds the lock
   */
  boolean tryRun(DialogueRef ref, Runnable work) {
    return run(ref, work, false);
  }

  /** Runs {@code work} holding the dialogue's lock, waiting for another node to release it. */
  void run(DialogueRef ref, Runnable work) {
    run(ref, work, true);
  }

  private boolean run(DialogueRef ref, Runnable work, boolean wait) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        if (!locked(connection, wait, key(ref))) {
          return false;
        }
        work.run();
        return true;
      } finally {
        // Ends the transaction and with it the lock.
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new CannotGetJdbcConnectionException("Recompute lock of " + ref.dialogue(), e);
    }
  }

  private static boolean locked(Connection connection, boolean wait, String key) {
    String lock =
        wait
            ? "SELECT true FROM pg_advisory_xact_lock(hashtextextended(?, 0))"
            : "SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))";
    try (PreparedStatement statement = connection.prepareStatement(lock)) {
      statement.setString(1, key);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new UncategorizedSQLException("advisory lock", lock, e);
    }
  }

  /** The lock's name; hashed to the 64-bit key of PostgreSQL's advisory locks. */
  static String key(DialogueRef ref) {
    return "opinion-recompute/" + ref.municipality().value() + "/" + ref.dialogue().value();
  }
}
