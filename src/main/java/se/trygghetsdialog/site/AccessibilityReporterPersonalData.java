package se.trygghetsdialog.site;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.rights.SqlPersonalData;

/**
 * Reports of accessibility problems sent with an address for the reply. Erasing removes the address
 * and the text as written; the report stays for the count.
 */
@Component
class AccessibilityReporterPersonalData extends SqlPersonalData {

  AccessibilityReporterPersonalData(JdbcClient jdbc) {
    super(
        jdbc,
        "site",
        "site.rights.accessibilityReport",
        """
            SELECT id, created_at, '' AS title, page_url AS page, description,
                   reply_email AS email_address, handled_at
            FROM accessibility_report
            WHERE municipality_id = :m AND lower(trim(reply_email)) = :e
            ORDER BY created_at
            """,
        """
            UPDATE accessibility_report SET reply_email = '', description = ''
            WHERE municipality_id = :m AND lower(trim(reply_email)) = :e
            """);
  }
}
