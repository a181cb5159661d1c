package se.trygghetsdialog.records.rights;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.shared.MunicipalityId;

/** Test data tied to an e-mail address in several modules' tables. */
public final class RightsSeed {

  private RightsSeed() {}

  /** A pending place report with the address, the text and a photo; returns its id. */
  public static UUID placeReport(
      JdbcClient jdbc, MunicipalityId municipality, String email, String text) {
    UUID category =
        jdbc.sql("SELECT category_id FROM place_category WHERE municipality_id = :m LIMIT 1")
            .param("m", municipality.value())
            .query(UUID.class)
            .single();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO place_report (report_id, municipality_id, category_id, latitude, longitude,
              time_of_day, description, flagged, status, receipt_token, private_token_hash, email)
            VALUES (:id, :m, :c, 58.2745, 11.4355, 'NIGHT', :d, false, 'PENDING', :r, :h, :e)
            """)
        .param("id", id)
        .param("m", municipality.value())
        .param("c", category)
        .param("d", text)
        .param("r", UUID.randomUUID())
        .param("h", UUID.randomUUID().toString())
        .param("e", email)
        .update();
    jdbc.sql(
            "INSERT INTO place_photo (report_id, municipality_id, content_type, bytes)"
                + " VALUES (:id, :m, 'image/jpeg', :b)")
        .param("id", id)
        .param("m", municipality.value())
        .param("b", new byte[] {1, 2, 3})
        .update();
    return id;
  }

  /** An accessibility problem report asking for a reply to the address. */
  public static void accessibilityReport(
      JdbcClient jdbc, MunicipalityId municipality, String email, String text) {
    jdbc.sql(
            """
            INSERT INTO accessibility_report (id, municipality_id, page_url, description,
              reply_email) VALUES (:id, :m, '/trygghetskarta', :d, :e)
            """)
        .param("id", UUID.randomUUID())
        .param("m", municipality.value())
        .param("d", text)
        .param("e", email)
        .update();
  }

  /** A confirmed following of one of the municipality's dialogues by the address. */
  public static void follower(JdbcClient jdbc, MunicipalityId municipality, String email) {
    UUID dialogue =
        jdbc.sql("SELECT dialogue_id FROM dialogue WHERE municipality_id = :m LIMIT 1")
            .param("m", municipality.value())
            .query(UUID.class)
            .single();
    jdbc.sql(
            """
            INSERT INTO dialogue_follower (follower_id, municipality_id, dialogue_id, email,
              unsubscribe_token_hash, locale, confirmed_at)
            VALUES (:id, :m, :d, :e, :h, 'sv', now())
            """)
        .param("id", UUID.randomUUID())
        .param("m", municipality.value())
        .param("d", dialogue)
        .param("e", email)
        .param("h", UUID.randomUUID().toString())
        .update();
  }

  /** Counts of what is still tied to the address in the seeded tables. */
  public static int remaining(JdbcClient jdbc, String email) {
    return jdbc.sql(
            """
            SELECT (SELECT count(*) FROM place_report WHERE lower(email) = lower(:e))
                 + (SELECT count(*) FROM accessibility_report WHERE lower(reply_email) = lower(:e))
                 + (SELECT count(*) FROM dialogue_follower WHERE lower(email) = lower(:e))
            """)
        .param("e", email)
        .query(Integer.class)
        .single();
  }
}
