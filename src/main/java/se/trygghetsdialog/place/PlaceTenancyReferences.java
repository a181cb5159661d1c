package se.trygghetsdialog.place;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.tenancy.QueriedReferences;

/**
 * Routing rules (by category and by area), worklists and campaigns point to organisations and
 * areas.
 */
@Component
class PlaceTenancyReferences extends QueriedReferences {

  PlaceTenancyReferences(JdbcClient jdbc) {
    super(
        jdbc,
        Map.of(
            "org.reference.categoryRoute",
            """
            SELECT count(*)::text FROM place_category_route
            WHERE municipality_id = :m AND organisation_id = :id HAVING count(*) > 0
            """,
            "org.reference.areaRoute",
            """
            SELECT name FROM place_area_route WHERE municipality_id = :m AND organisation_id = :id
            ORDER BY name
            """,
            "org.reference.worklist",
            """
            SELECT count(*)::text FROM place_report_assignment
            WHERE municipality_id = :m AND organisation_id = :id HAVING count(*) > 0
            """),
        Map.of(
            "area.reference.areaRoute",
            "SELECT name FROM place_area_route WHERE municipality_id = :m AND area_id = :id ORDER BY name",
            "area.reference.campaign",
            "SELECT topic FROM place_campaign WHERE municipality_id = :m AND area_id = :id ORDER BY topic"));
  }
}
