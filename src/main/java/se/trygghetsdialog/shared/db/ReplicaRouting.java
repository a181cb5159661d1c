package se.trygghetsdialog.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Chooses where a connection for a read-only transaction comes from: the read replica when the
 * transaction is a {@link ReplicaRead} and the replica is up and at most {@code max-lag} behind,
 * else the primary (a fall-back, counted, when the replica was wanted). Every other connection is
 * the primary's. The replica's state is checked once a second in a thread of its own: its lag is
 * {@code now() - pg_last_xact_replay_timestamp()} while it has WAL to replay or has lost its
 * primary, else 0 (an idle primary writes nothing, so the last replay grows old without any lag).
 * Once it has lost its primary (which is stopped or restarting), its lag is at most the time since
 * this node last saw it streaming and caught up, so an idle replica keeps serving through a short
 * restart of the primary (up to {@code max-lag}).
 *
 * <p>Writes never go to the replica: its connections serve only read-only transactions, which
 * PostgreSQL runs as {@code READ ONLY}; a streaming replica refuses every write anyway.
 */
public final class ReplicaRouting extends AbstractDataSource implements AutoCloseable {

  private static final org.slf4j.Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

  /** TRUE within a replica read; FALSE while one is read again from the primary. */
  private static final ThreadLocal<Boolean> REPLICA_READ = new ThreadLocal<>();

  /** Set once the replica handed out a connection within the current replica read. */
  private static final ThreadLocal<Boolean> SERVED_BY_REPLICA = new ThreadLocal<>();

  private static final String LAG =
      """
      SELECT CASE
               WHEN NOT pg_is_in_recovery() THEN 0
               WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
                    AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming')
                 THEN 0
               ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0)
             END,
             NOT pg_is_in_recovery()
               OR (pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
                   AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming'))
      """;

  private final DataSource primary;
  private final HikariDataSource replica;
  private final Duration maxLag;
  private final ScheduledExecutorService checks;
  private volatile boolean usable;
  private volatile double lagSeconds = Double.NaN;
  private volatile long caughtUpAt;
  private volatile boolean caughtUpOnce;
  private final AtomicLong fallbacks = new AtomicLong();
  private final AtomicLong replicaConnections = new AtomicLong();

  /** Settings of the replica ({@code app.datasource.replica.*}). */
  public record Settings(
      String url, String username, String password, Duration maxLag, int maximumPoolSize) {}

  ReplicaRouting(DataSource primary, Settings settings) {
    this.primary = primary;
    this.maxLag = settings.maxLag();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.username());
    config.setPassword(settings.password());
    config.setPoolName("replica");
    config.setReadOnly(true);
    config.setMaximumPoolSize(settings.maximumPoolSize());
    config.setMinimumIdle(1);
    // A replica that is down must not stop the start nor hold a request long.
    config.setInitializationFailTimeout(-1);
    config.setConnectionTimeout(1000);
    config.setValidationTimeout(500);
    this.replica = new HikariDataSource(config);
    this.checks =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "replica-check");
              thread.setDaemon(true);
              return thread;
            });
    checks.scheduleWithFixedDelay(this::check, 0, 1, TimeUnit.SECONDS);
  }

  /** Runs {@code work} with reads of read-only transactions allowed on the replica. */
  static <T> T replicaRead(ThrowingSupplier<T> work) throws Throwable {
    return replicaRead(work, work);
  }

  /**
   * Runs {@code work} with reads of read-only transactions allowed on the replica; when a replica
   * connection breaks during it (the replica went down since its last check), runs {@code again}
   * (the same work, from the start) on the primary. Within another replica read, the outer one
   * decides.
   */
  static <T> T replicaRead(ThrowingSupplier<T> work, ThrowingSupplier<T> again) throws Throwable {
    if (REPLICA_READ.get() != null) {
      return work.get();
    }
    REPLICA_READ.set(Boolean.TRUE);
    try {
      return work.get();
    } catch (Throwable e) {
      if (!Boolean.TRUE.equals(SERVED_BY_REPLICA.get()) || !lostConnection(e)) {
        throw e;
      }
      log.warn("Read replica lost a connection; reading from the primary: {}", e.getMessage());
      REPLICA_READ.set(Boolean.FALSE);
      return again.get();
    } finally {
      REPLICA_READ.remove();
      SERVED_BY_REPLICA.remove();
    }
  }

  /**
   * Whether a connection failed somewhere in the causes: SQL state class 08 (connection exception)
   * or 57P (the server ended the session: terminated by an administrator, crashed, or not yet
   * accepting connections). A pooled connection whose backend was ended while it sat idle fails
   * with 57P01 on its first statement.
   */
  static boolean lostConnection(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  /** A piece of work that may throw anything (a method invocation). */
  interface ThrowingSupplier<T> {
    T get() throws Throwable;
  }

  /** Checks the replica now: reachable, and how far behind. */
  void check() {
    try (Connection connection = replica.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(LAG)) {
      result.next();
      double lag = result.getDouble(1);
      long now = System.nanoTime();
      if (result.getBoolean(2)) {
        caughtUpAt = now;
        caughtUpOnce = true;
      } else if (caughtUpOnce) {
        // It had everything when last seen streaming: it cannot miss more than was written since.
        lag = Math.min(lag, (now - caughtUpAt) / 1e9);
      }
      lagSeconds = lag;
      boolean wasUsable = usable;
      usable = lag * 1000 <= maxLag.toMillis();
      if (wasUsable && !usable) {
        log.warn("Read replica {} s behind; reading from the primary", lag);
      }
    } catch (SQLException | RuntimeException e) {
      lagSeconds = Double.NaN;
      if (usable) {
        log.warn("Read replica not reachable; reading from the primary: {}", e.getMessage());
      }
      usable = false;
    }
  }

  /** The replica's JDBC URL. */
  String url() {
    return replica.getJdbcUrl();
  }

  /** Whether reads may go to the replica now (up and not too far behind). */
  public boolean usable() {
    return usable;
  }

  /** The replica's lag at the last check, in seconds; NaN when it was not reachable. */
  public double lagSeconds() {
    return lagSeconds;
  }

  /** Replica reads that went to the primary because the replica lagged or was down. */
  public long fallbacks() {
    return fallbacks.get();
  }

  /** Connections the replica served. */
  public long replicaConnections() {
    return replicaConnections.get();
  }

  /**
   * The connection for a read-only transaction (see the class comment), marked read-only: the proxy
   * that asks does not pass its read-only flag on to this data source's connections.
   */
  @Override
  public Connection getConnection() throws SQLException {
    Boolean replicaRead = REPLICA_READ.get();
    if (replicaRead == null) {
      return readOnly(primary.getConnection());
    }
    if (replicaRead && usable) {
      try {
        Connection connection = replica.getConnection();
        replicaConnections.incrementAndGet();
        SERVED_BY_REPLICA.set(Boolean.TRUE);
        return readOnly(connection);
      } catch (SQLException e) {
        usable = false;
        log.warn("Read replica not reachable; reading from the primary: {}", e.getMessage());
      }
    }
    fallbacks.incrementAndGet();
    return readOnly(primary.getConnection());
  }

  private static Connection readOnly(Connection connection) throws SQLException {
    connection.setReadOnly(true);
    return connection;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("connections with other credentials");
  }

  @Override
  public void close() {
    checks.shutdownNow();
    replica.close();
  }
}
