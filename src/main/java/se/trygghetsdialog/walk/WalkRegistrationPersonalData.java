package se.trygghetsdialog.walk;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.rights.SqlPersonalData;

/**
 * Registrations for trygghetsvandringar made with an e-mail address. Erasing removes name, address
 * and accessibility needs; the registration stays with its walker group, so the walk's counts stay.
 */
@Component
class WalkRegistrationPersonalData extends SqlPersonalData {

  WalkRegistrationPersonalData(JdbcClient jdbc) {
    super(
        jdbc,
        "walk",
        "walk.rights.registration",
        """
            SELECT r.registration_id, r.registered_at, w.title, w.title AS walk, r.name,
                   r.email AS email_address, r.walker_group, r.accessibility, r.cancelled_at
            FROM walk_registration r JOIN walk w ON w.walk_id = r.walk_id
            WHERE w.municipality_id = :m AND lower(trim(r.email)) = :e
            ORDER BY r.registered_at
            """,
        """
            UPDATE walk_registration SET name = '', email = NULL, accessibility = ''
            WHERE lower(trim(email)) = :e
              AND walk_id IN (SELECT walk_id FROM walk WHERE municipality_id = :m)
            """);
  }
}
