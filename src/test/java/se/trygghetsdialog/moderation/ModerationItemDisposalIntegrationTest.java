package se.trygghetsdialog.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.Disposals;
import se.trygghetsdialog.records.retention.Gallring;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The moderation queue's copies of texts are disposed of once their retention after the decision
 * has passed.
 */
@IntegrationTest
class ModerationItemDisposalIntegrationTest {

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Disposals disposals;

  UUID item(MunicipalityId municipality, String status, OffsetDateTime decidedAt, String text) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO moderation_item (item_id, municipality_id, content_type, content_id,
              original_text, public_text, flagged, screening_kinds, status, reason, decided_at,
              submitted_at, findings)
            VALUES (:id, :m, 'place-report', :c, :t, :p, true, 'PERSONAL_NAME', :s, 'Namn', :at,
              coalesce(:at, now()), 'PERSONAL_NAME:8:18')
            """)
        .param("id", id)
        .param("m", municipality.value())
        .param("c", UUID.randomUUID())
        .param("t", text)
        .param("p", "PENDING".equals(status) ? null : "Mörk gångväg")
        .param("s", status)
        .param("at", decidedAt)
        .update();
    return id;
  }

  String texts(UUID id) {
    return jdbc.sql(
            """
            SELECT original_text || coalesce(public_text, '') || coalesce(findings, '')
            FROM moderation_item WHERE item_id = :id
            """)
        .param("id", id)
        .query(String.class)
        .single();
  }

  String figures(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT string_agg(status || ':' || n, ',' ORDER BY status) FROM
              (SELECT status, count(*) AS n FROM moderation_item WHERE municipality_id = :m
               GROUP BY status) c
            """)
        .param("m", municipality.value())
        .query(String.class)
        .single();
  }

  @Test
  void aDecidedItemPastItsRetentionLosesItsTextsOnceAndThePageSaysSo() throws Exception {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    Gallring.keepFiftyYears(jdbc, municipality, RecordKind.MODERATION_ITEM);
    OffsetDateTime longAgo = Gallring.longAgo();
    UUID decided = item(municipality, "APPROVED", longAgo, "Här bor Hemligsson vid gången");
    UUID waiting = item(municipality, "PENDING", null, "Jag heter Väntesson");
    jdbc.sql("UPDATE moderation_item SET submitted_at = :at WHERE item_id = :id")
        .param("at", longAgo)
        .param("id", waiting)
        .update();
    String figures = figures(municipality);

    Gallring.disposesOnce(
        disposals,
        municipality,
        RecordKind.MODERATION_ITEM,
        decided,
        () -> texts(decided).contains("Hemligsson"));

    assertThat(texts(decided)).isEmpty();
    assertThat(texts(waiting)).contains("Väntesson");
    assertThat(figures(municipality)).isEqualTo(figures);
    // Out of the shared queue again: it points at no real content.
    jdbc.sql("DELETE FROM moderation_item WHERE item_id = :id").param("id", waiting).update();

    StaffMember moderator =
        StaffMother.staff(municipalities, accounts, "Gallrad Granskare", Role.MODERATOR);
    String page =
        Gallring.staffPage(
            context, accounts.actingAs(moderator), "/personal/moderering/" + decided + "?lang=sv");
    assertThat(page).contains("Texten är gallrad").doesNotContain("Hemligsson");
  }
}
