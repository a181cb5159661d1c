package se.trygghetsdialog.field;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.tenancy.QueriedReferences;

/** Field reports point to the organisation that wrote them; their events and rumours to areas. */
@Component
class FieldTenancyReferences extends QueriedReferences {

  FieldTenancyReferences(JdbcClient jdbc) {
    super(
        jdbc,
        Map.of(
            "org.reference.fieldReports",
            """
            SELECT count(*)::text FROM field_report WHERE municipality_id = :m AND organisation_id = :id
            HAVING count(*) > 0
            """),
        Map.of(
            "area.reference.fieldEvents",
            """
            SELECT count(*)::text FROM field_event WHERE municipality_id = :m AND area_id = :id
            HAVING count(*) > 0
            """,
            "area.reference.rumours",
            """
            SELECT count(*)::text FROM rumour WHERE municipality_id = :m AND area_id = :id
            HAVING count(*) > 0
            """));
  }
}
