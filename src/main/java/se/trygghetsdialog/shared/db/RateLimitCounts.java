package se.trygghetsdialog.shared.db;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables of the anonymous rate limits ({@code rate_limit}, {@code rate_limit_salt}), shared by
 * every application node; used by {@code shared.web.AnonymousRateLimiter}, which knows the rules.
 */
@Component
public class RateLimitCounts {

  /** Accepts the attempt if fewer than max attempts are still within the window. */
  private static final String COUNT =
      """
      INSERT INTO rate_limit AS r (action, client_key, hits, accepted, expires_at)
      VALUES (:action, :key, ARRAY[:now]::bigint[], true, :expires)
      ON CONFLICT (action, client_key) DO UPDATE SET
        accepted = (SELECT count(*) FROM unnest(r.hits) t WHERE t > :start) < :max,
        hits = ARRAY(SELECT t FROM unnest(r.hits) t WHERE t > :start)
               || CASE WHEN (SELECT count(*) FROM unnest(r.hits) t WHERE t > :start) < :max
                       THEN ARRAY[:now]::bigint[] ELSE '{}'::bigint[] END,
        expires_at = CASE WHEN (SELECT count(*) FROM unnest(r.hits) t WHERE t > :start) < :max
                          THEN EXCLUDED.expires_at ELSE r.expires_at END
      RETURNING accepted
      """;

  private final JdbcClient jdbc;

  public RateLimitCounts(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /**
   * Counts one attempt of the client (its salted key) at the action, atomically across nodes: one
   * statement.
   *
   * @return whether it is accepted: fewer than {@code maxRequests} accepted attempts in the window
   */
  public boolean count(
      String action, String clientKey, int maxRequests, Duration window, Instant now) {
    return jdbc.sql(COUNT)
        .param("action", action)
        .param("key", clientKey)
        .param("now", now.toEpochMilli())
        .param("start", now.minus(window).toEpochMilli())
        .param("max", maxRequests)
        .param("expires", Timestamp.from(now.plus(window)))
        .query(Boolean.class)
        .single();
  }

  /** The salt of the day: the one a node stored first, else {@code fresh}, now stored. */
  public byte[] salt(LocalDate day, byte[] fresh) {
    jdbc.sql("INSERT INTO rate_limit_salt (day, salt) VALUES (?, ?) ON CONFLICT (day) DO NOTHING")
        .params(day, fresh)
        .update();
    return jdbc.sql("SELECT salt FROM rate_limit_salt WHERE day = ?")
        .param(day)
        .query(byte[].class)
        .single();
  }

  /** Deletes the counts expired at {@code now} and the salts of days before {@code today}. */
  public void deleteExpired(Instant now, LocalDate today) {
    jdbc.sql("DELETE FROM rate_limit WHERE expires_at < ?").param(Timestamp.from(now)).update();
    jdbc.sql("DELETE FROM rate_limit_salt WHERE day < ?").param(today).update();
  }
}
