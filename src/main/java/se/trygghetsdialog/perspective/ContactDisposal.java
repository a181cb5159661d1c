package se.trygghetsdialog.perspective;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.SqlDisposable;

/**
 * Disposal of logged contacts past their retention, counted from when they were logged. A contact
 * itself holds only counts (channel, date, area, people by age band and gender, never names); what
 * it holds of persons is in the texts of the perspectives heard, where screening found possible
 * personal data. Those texts are replaced by their masked form, so the possible personal data goes
 * while the perspective, its themes, the contact's counts and the perspective map stay.
 */
@Component
class ContactDisposal extends SqlDisposable {

  ContactDisposal(JdbcClient jdbc) {
    super(
        jdbc,
        RecordKind.CONTACT,
        """
            SELECT c.contact_id, c.logged_at FROM perspective_contact c
            WHERE c.municipality_id = :m AND c.logged_at < :before
              AND EXISTS (SELECT 1 FROM perspective p
                          WHERE p.contact_id = c.contact_id AND p.text <> p.masked_text)
            ORDER BY c.logged_at, c.contact_id LIMIT :limit
            """,
        """
            UPDATE perspective SET text = masked_text
            WHERE contact_id = :id AND municipality_id = :m AND text <> masked_text
            """);
  }
}
