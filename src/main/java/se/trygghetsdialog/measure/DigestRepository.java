package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for digest entries waiting for the daily mail, and the days a digest went out. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DigestRepository {

  record Entry(
      UUID id,
      InputRef input,
      String recipient,
      String locale,
      String unsubscribeUrl,
      String privateUrl,
      String line,
      OffsetDateTime createdAt) {}

  private final JdbcClient jdbc;

  /** Queues an entry; false if the recipient already has one for this event. */
  boolean queue(
      MunicipalityId municipality,
      String recipient,
      String locale,
      String unsubscribeUrl,
      String privateUrl,
      MeasureId measure,
      InputRef input,
      String eventKey,
      String line) {
    return jdbc.sql(
                """
                INSERT INTO measure_digest_entry (entry_id, municipality_id, recipient, locale,
                  unsubscribe_url, private_url, measure_id, input_type, input_id, event_key, line)
                VALUES (:id, :m, :recipient, :locale, :unsubscribe, :private, :measure, :inputType,
                  :inputId, :key, :line)
                ON CONFLICT (municipality_id, recipient, event_key) DO NOTHING
                """)
            .param("id", UUID.randomUUID())
            .param("m", municipality.value())
            .param("recipient", recipient.toLowerCase(java.util.Locale.ROOT))
            .param("locale", locale)
            .param("unsubscribe", unsubscribeUrl)
            .param("private", privateUrl)
            .param("measure", measure.value())
            .param("inputType", input.type())
            .param("inputId", input.id())
            .param("key", eventKey)
            .param("line", line)
            .update()
        == 1;
  }

  List<String> recipientsWithUnsent(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT DISTINCT recipient FROM measure_digest_entry
            WHERE municipality_id = :m AND sent_at IS NULL ORDER BY recipient
            """)
        .param("m", municipality.value())
        .query(String.class)
        .list();
  }

  List<Entry> unsent(MunicipalityId municipality, String recipient) {
    return jdbc.sql(
            """
            SELECT entry_id, input_type, input_id, recipient, locale, unsubscribe_url, private_url,
              line, created_at
            FROM measure_digest_entry
            WHERE municipality_id = :m AND recipient = :r AND sent_at IS NULL
            ORDER BY created_at, entry_id
            """)
        .param("m", municipality.value())
        .param("r", recipient)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getObject("entry_id", UUID.class),
                    new InputRef(rs.getString("input_type"), rs.getObject("input_id", UUID.class)),
                    rs.getString("recipient"),
                    rs.getString("locale"),
                    rs.getString("unsubscribe_url"),
                    rs.getString("private_url"),
                    rs.getString("line"),
                    rs.getObject("created_at", OffsetDateTime.class)))
        .list();
  }

  /** Claims today's digest for the recipient; false if one was already sent today. */
  boolean claimDay(MunicipalityId municipality, String recipient, LocalDate day) {
    return jdbc.sql(
                """
                INSERT INTO measure_digest_sent (municipality_id, recipient, sent_on)
                VALUES (:m, :r, :day) ON CONFLICT DO NOTHING
                """)
            .param("m", municipality.value())
            .param("r", recipient)
            .param("day", day)
            .update()
        == 1;
  }

  void markSent(MunicipalityId municipality, List<UUID> entries, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE measure_digest_entry SET sent_at = :now
            WHERE municipality_id = :m AND entry_id = ANY(:ids)
            """)
        .param("now", now)
        .param("m", municipality.value())
        .param("ids", entries.toArray(UUID[]::new))
        .update();
  }

  int countUnsent(MunicipalityId municipality, String recipient) {
    return jdbc.sql(
            """
            SELECT count(*) FROM measure_digest_entry
            WHERE municipality_id = :m AND recipient = :r AND sent_at IS NULL
            """)
        .param("m", municipality.value())
        .param("r", recipient.toLowerCase(java.util.Locale.ROOT))
        .query(Integer.class)
        .single();
  }
}
