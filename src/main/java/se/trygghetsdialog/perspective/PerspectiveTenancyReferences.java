package se.trygghetsdialog.perspective;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.tenancy.QueriedReferences;

/** Logged contacts point to the area the people belong to. */
@Component
class PerspectiveTenancyReferences extends QueriedReferences {

  PerspectiveTenancyReferences(JdbcClient jdbc) {
    super(
        jdbc,
        Map.of(),
        Map.of(
            "area.reference.perspectiveContacts",
            """
            SELECT count(*)::text FROM perspective_contact WHERE municipality_id = :m AND area_id = :id
            HAVING count(*) > 0
            """));
  }
}
