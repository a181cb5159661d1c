package se.trygghetsdialog.walk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.Disposable;
import se.trygghetsdialog.records.retention.ExpiredRows;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Disposal of walk registrations past their retention: name, e-mail address and accessibility needs
 * go; the registration stays with its walker group and state, so the walk's counts stay.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkRegistrationDisposal implements Disposable {

  private final JdbcClient jdbc;

  @Override
  public RecordKind kind() {
    return RecordKind.WALK_REGISTRATION;
  }

  @Override
  public List<Item> expired(MunicipalityId municipality, OffsetDateTime before, int limit) {
    return ExpiredRows.query(
        jdbc,
        """
            SELECT r.registration_id, r.registered_at FROM walk_registration r
            JOIN walk w ON w.walk_id = r.walk_id
            WHERE w.municipality_id = :m AND r.registered_at < :before AND r.disposed_at IS NULL
            ORDER BY r.registered_at, r.registration_id LIMIT :limit
            """,
        municipality,
        before,
        limit);
  }

  @Override
  public void dispose(MunicipalityId municipality, UUID id) {
    ExpiredRows.update(
        jdbc,
        """
            UPDATE walk_registration SET name = '', email = NULL, accessibility = '',
                   disposed_at = now()
            WHERE registration_id = :id AND disposed_at IS NULL
              AND walk_id IN (SELECT walk_id FROM walk WHERE municipality_id = :m)
            """,
        municipality,
        id);
  }
}
