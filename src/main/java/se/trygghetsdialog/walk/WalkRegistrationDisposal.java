package se.trygghetsdialog.walk;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.SqlDisposable;

/**
 * Disposal of walk registrations past their retention: name, e-mail address and accessibility needs
 * go; the registration stays with its walker group and state, so the walk's counts stay.
 */
@Component
class WalkRegistrationDisposal extends SqlDisposable {

  WalkRegistrationDisposal(JdbcClient jdbc) {
    super(
        jdbc,
        RecordKind.WALK_REGISTRATION,
        """
            SELECT r.registration_id, r.registered_at FROM walk_registration r
            JOIN walk w ON w.walk_id = r.walk_id
            WHERE w.municipality_id = :m AND r.registered_at < :before AND r.disposed_at IS NULL
            ORDER BY r.registered_at, r.registration_id LIMIT :limit
            """,
        """
            UPDATE walk_registration SET name = '', email = NULL, accessibility = '',
                   disposed_at = now()
            WHERE registration_id = :id AND disposed_at IS NULL
              AND walk_id IN (SELECT walk_id FROM walk WHERE municipality_id = :m)
            """);
  }
}
