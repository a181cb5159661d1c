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

  /** A window is counted in this many slots (a time slot of attempts ends as one). */
  public static final int SLOTS_PER_WINDOW = 60;

  /** The attempts within the window: the counts of the slots after the window's start slot. */
  private static final String WITHIN =
      "(SELECT coalesce(sum(value::bigint), 0) FROM jsonb_each_text(r.hits)"
          + " WHERE key::bigint > :startSlot)";

  /**
   * Accepts the attempt if fewer than max attempts are within the window, counting it in its slot;
   * slots before the window are dropped, so a row holds at most one window of slots.
   */
  private static final String COUNT =
      """
      INSERT INTO rate_limit AS r (action, client_key, hits, accepted, expires_at)
      VALUES (:action, :key, jsonb_build_object(:slot, 1), true, :expires)
      ON CONFLICT (action, client_key) DO UPDATE SET
        accepted = WITHIN < :max,
        hits = coalesce((SELECT jsonb_object_agg(key, value) FROM jsonb_each(r.hits)
                          WHERE key::bigint > :startSlot), '{}'::jsonb)
               || CASE WHEN WITHIN < :max
                       THEN jsonb_build_object(:slot, coalesce((r.hits ->> :slot)::bigint, 0) + 1)
                       ELSE '{}'::jsonb END,
        expires_at = CASE WHEN WITHIN < :max THEN EXCLUDED.expires_at ELSE r.expires_at END
      RETURNING accepted
      """
          .replace("WITHIN", WITHIN);

  private final JdbcClient jdbc;

  public RateLimitCounts(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /**
   * Counts one attempt of the client (its salted key) at the action, atomically across nodes: one
   * statement, whose cost does not grow with the limit. The window slides by slots of a sixtieth of
   * it: an attempt leaves the window with its slot, up to one slot later than its exact time.
   *
   * @return whether it is accepted: fewer than {@code maxRequests} accepted attempts in the window
   */
  public boolean count(
      String action, String clientKey, int maxRequests, Duration window, Instant now) {
    long slotMillis = Math.max(1, window.toMillis() / SLOTS_PER_WINDOW);
    return jdbc.sql(COUNT)
        .param("action", action)
        .param("key", clientKey)
        .param("slot", Long.toString(now.toEpochMilli() / slotMillis))
        .param("startSlot", now.minus(window).toEpochMilli() / slotMillis)
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
