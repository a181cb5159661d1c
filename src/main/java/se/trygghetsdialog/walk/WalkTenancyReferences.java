package se.trygghetsdialog.walk;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.tenancy.QueriedReferences;

/** Walks point to their invited organisations, their points' owners and their area. */
@Component
class WalkTenancyReferences extends QueriedReferences {

  WalkTenancyReferences(JdbcClient jdbc) {
    super(
        jdbc,
        Map.of(
            "org.reference.walkInvitation",
            """
            SELECT w.title FROM walk w JOIN walk_invitee i ON i.walk_id = w.walk_id
            WHERE w.municipality_id = :m AND i.organisation_id = :id ORDER BY w.title
            """,
            "org.reference.walkPoint",
            """
            SELECT DISTINCT w.title FROM walk w JOIN walk_point p ON p.walk_id = w.walk_id
            WHERE w.municipality_id = :m AND p.owner_id = :id ORDER BY w.title
            """),
        Map.of(
            "area.reference.walk",
            "SELECT title FROM walk WHERE municipality_id = :m AND area_id = :id ORDER BY title"));
  }
}
