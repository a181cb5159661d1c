package se.trygghetsdialog.records.access;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The copies of documents attached to a decided request for public access are disposed of after
 * their retention; the decision and the secrecy marks stay.
 */
@IntegrationTest
class AccessDocumentsDisposalIntegrationTest {

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Disposals disposals;
  @Autowired SecrecyGrounds grounds;

  MunicipalityId municipality;
  StaffMember registrar;
  UUID ground;

  UUID request(OffsetDateTime decidedAt, String outcome, String documentId, String text) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO access_request (request_id, municipality_id, number, received_at,
              requester, subject, channel, registered_by, outcome, reasons, decided_by, decided_at)
            VALUES (:id, :m, (SELECT coalesce(max(number), 0) + 1 FROM access_request
                              WHERE municipality_id = :m),
              :at, 'En journalist', 'Platsrapporter', 'EMAIL', :s, :o, 'Sekretess', :s, :decided)
            """)
        .param("id", id)
        .param("m", municipality.value())
        .param("at", decidedAt == null ? OffsetDateTime.now() : decidedAt.minusDays(2))
        .param("s", registrar.id())
        .param("o", outcome)
        .param("decided", decidedAt)
        .update();
    jdbc.sql(
            """
            INSERT INTO access_request_document (request_id, municipality_id, kind, document_id,
              received_at, text, metadata)
            VALUES (:r, :m, 'PLACE_REPORT', :doc, now(), :text, :meta)
            """)
        .param("r", id)
        .param("m", municipality.value())
        .param("doc", documentId)
        .param("text", text)
        .param("meta", "access.document.status\t\tPENDING\n")
        .update();
    jdbc.sql(
            """
            INSERT INTO access_redaction (redaction_id, request_id, municipality_id, kind,
              document_id, start_offset, end_offset, ground_id, marked_by)
            VALUES (:id, :r, :m, 'PLACE_REPORT', :doc, 0, 10, :g, :s)
            """)
        .param("id", UUID.randomUUID())
        .param("r", id)
        .param("m", municipality.value())
        .param("doc", documentId)
        .param("g", ground)
        .param("s", registrar.id())
        .update();
    return id;
  }

  String copies(UUID request) {
    return jdbc.sql(
            "SELECT string_agg(text || metadata, '') FROM access_request_document"
                + " WHERE request_id = :r")
        .param("r", request)
        .query(String.class)
        .single();
  }

  String decisionAndLog(UUID request) {
    return jdbc.sql(
            """
            SELECT r.outcome || r.reasons || r.decided_at || d.kind || d.document_id
                   || (SELECT count(*) FROM access_redaction x WHERE x.request_id = r.request_id)
            FROM access_request r JOIN access_request_document d ON d.request_id = r.request_id
            WHERE r.request_id = :r
            """)
        .param("r", request)
        .query(String.class)
        .single();
  }

  @Test
  void theCopiesOfADecidedRequestPastTheirRetentionGoOnceAndTheDecisionStays() throws Exception {
    municipality = StaffMother.tenant(municipalities).id();
    Gallring.keepFiftyYears(jdbc, municipality, RecordKind.ACCESS_REQUEST_DOCUMENTS);
    registrar = StaffMother.staff(municipalities, accounts, "Gallra Registrator", Role.REGISTRAR);
    ground = grounds.active(municipality).get(0).id();
    String document = UUID.randomUUID().toString();
    UUID decided =
        request(Gallring.longAgo(), "RELEASED_WITH_REDACTIONS", document, "Hemligsson bor här.");
    UUID open = request(null, null, UUID.randomUUID().toString(), "Väntesson bor där.");
    jdbc.sql("UPDATE access_request SET received_at = :at WHERE request_id = :r")
        .param("at", Gallring.longAgo())
        .param("r", open)
        .update();
    String kept = decisionAndLog(decided);

    Gallring.disposesOnce(
        disposals,
        municipality,
        RecordKind.ACCESS_REQUEST_DOCUMENTS,
        decided,
        () -> copies(decided).contains("Hemligsson"));

    assertThat(copies(decided)).isEmpty();
    assertThat(decisionAndLog(decided)).isEqualTo(kept);
    assertThat(copies(open)).contains("Väntesson");

    String page =
        Gallring.staffPage(
            context,
            accounts.actingAs(registrar),
            "/personal/utlamnande/" + decided + "/dokument/PLACE_REPORT/" + document + "?lang=sv");
    assertThat(page).contains("Kopian av handlingen är gallrad").doesNotContain("Hemligsson");
  }
}
