package se.trygghetsdialog.place;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.rights.SqlPersonalData;

/**
 * The place reports a resident gave an e-mail address with. Erasing removes the address, the text
 * as written and the photo; the report stays with its category, place, time and the moderator's
 * public text, so the map and its counts are unchanged.
 */
@Component
class PlaceReporterPersonalData extends SqlPersonalData {

  PlaceReporterPersonalData(JdbcClient jdbc) {
    super(
        jdbc,
        "place",
        "place.rights.report",
        """
            SELECT r.report_id, r.reported_at, '' AS title, r.email AS email_address,
                   r.description, r.public_text, r.status, r.time_of_day, r.latitude, r.longitude,
                   EXISTS (SELECT 1 FROM place_photo p WHERE p.report_id = r.report_id) AS photo
            FROM place_report r
            WHERE r.municipality_id = :m AND lower(trim(r.email)) = :e
            ORDER BY r.reported_at
            """,
        """
            DELETE FROM place_photo WHERE municipality_id = :m AND report_id IN
              (SELECT report_id FROM place_report
               WHERE municipality_id = :m AND lower(trim(email)) = :e)
            """,
        """
            UPDATE place_report SET email = NULL, description = ''
            WHERE municipality_id = :m AND lower(trim(email)) = :e
            """);
  }
}
