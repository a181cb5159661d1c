package se.trygghetsdialog.identity;

import java.time.OffsetDateTime;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for failed sign-ins per client address and e-mail address (both as hashes). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInThrottleRepository {

  private final JdbcClient jdbc;

  /** Failures so far and until when the next try waits. */
  record Row(int failures, @Nullable OffsetDateTime blockedUntil) {}

  Optional<Row> find(MunicipalityId municipality, String clientKey, String emailKey) {
    return jdbc.sql(
            """
            SELECT failures, blocked_until FROM sign_in_throttle
            WHERE municipality_id = :m AND client_key = :client AND email_key = :email
            """)
        .param("m", municipality.value())
        .param("client", clientKey)
        .param("email", emailKey)
        .query(Row.class)
        .optional();
  }

  /**
   * Counts one failure and returns the number of failures in a row, counting afresh when the last
   * one was before {@code forgetBefore}.
   */
  int countFailure(
      MunicipalityId municipality,
      String clientKey,
      String emailKey,
      OffsetDateTime now,
      OffsetDateTime forgetBefore) {
    return jdbc.sql(
            """
            INSERT INTO sign_in_throttle
              (municipality_id, client_key, email_key, failures, last_failure_at)
            VALUES (:m, :client, :email, 1, :now)
            ON CONFLICT (municipality_id, client_key, email_key) DO UPDATE SET
              failures = CASE WHEN sign_in_throttle.last_failure_at < :forget THEN 1
                              ELSE sign_in_throttle.failures + 1 END,
              last_failure_at = :now
            RETURNING failures
            """)
        .param("m", municipality.value())
        .param("client", clientKey)
        .param("email", emailKey)
        .param("now", now)
        .param("forget", forgetBefore)
        .query(Integer.class)
        .single();
  }

  void block(MunicipalityId municipality, String clientKey, String emailKey, OffsetDateTime until) {
    jdbc.sql(
            """
            UPDATE sign_in_throttle SET blocked_until = :until
            WHERE municipality_id = :m AND client_key = :client AND email_key = :email
            """)
        .param("until", until)
        .param("m", municipality.value())
        .param("client", clientKey)
        .param("email", emailKey)
        .update();
  }

  void clear(MunicipalityId municipality, String clientKey, String emailKey) {
    jdbc.sql(
            """
            DELETE FROM sign_in_throttle
            WHERE municipality_id = :m AND client_key = :client AND email_key = :email
            """)
        .param("m", municipality.value())
        .param("client", clientKey)
        .param("email", emailKey)
        .update();
  }

  /** Deletes what is no longer needed, in every municipality. */
  void forgetBefore(OffsetDateTime cutoff) {
    jdbc.sql("DELETE FROM sign_in_throttle WHERE last_failure_at < :cutoff")
        .param("cutoff", cutoff)
        .update();
  }
}
