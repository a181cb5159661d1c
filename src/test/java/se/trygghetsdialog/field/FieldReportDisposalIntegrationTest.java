package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
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

/** Field reports lose their free texts after their retention and keep what is counted. */
@IntegrationTest
class FieldReportDisposalIntegrationTest {

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired PlaceCategories categories;
  @Autowired Disposals disposals;

  String texts(UUID report) {
    return jdbc.sql(
            "SELECT string_agg(what_happened || action_taken, '') FROM field_event"
                + " WHERE report_id = :r")
        .param("r", report)
        .query(String.class)
        .single();
  }

  String figures(UUID report) {
    return jdbc.sql(
            """
            SELECT string_agg(category_id || ':' || latitude || ':' || place_name || ':'
                              || started_at || ':' || people_involved, ',' ORDER BY position)
            FROM field_event WHERE report_id = :r
            """)
        .param("r", report)
        .query(String.class)
        .single();
  }

  @Test
  void aFieldReportPastItsRetentionLosesItsTextsOnceAndKeepsItsFigures() throws Exception {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    Gallring.keepFiftyYears(jdbc, municipality, RecordKind.FIELD_REPORT);
    StaffMember coordinator =
        StaffMother.staff(municipalities, accounts, "Gallrad Samordnare", Role.SAFETY_COORDINATOR);
    EstTestData data = new EstTestData(jdbc, municipality, coordinator.id());
    UUID category = categories.all(municipality).get(0).id();
    OffsetDateTime longAgo = Gallring.longAgo();
    UUID old = data.report("TRYGGHETSVARD");
    data.event(
        old, category, new Coordinates(58.27, 11.43), "Torget", null, longAgo, 30, "Hemligsson");
    jdbc.sql("UPDATE field_report SET filed_at = :at WHERE report_id = :r")
        .param("at", longAgo.plusHours(1))
        .param("r", old)
        .update();
    UUID recent = data.report("TRYGGHETSVARD");
    data.event(
        recent,
        category,
        new Coordinates(58.27, 11.43),
        "Torget",
        null,
        EstTestData.at(EstTestData.freshWeek(), 2, 20, 0),
        30,
        "Nysson");
    String figures = figures(old);

    Gallring.disposesOnce(
        disposals,
        municipality,
        RecordKind.FIELD_REPORT,
        old,
        () -> texts(old).contains("Hemligsson"));

    assertThat(texts(old)).isEmpty();
    assertThat(figures(old)).isEqualTo(figures);
    assertThat(texts(recent)).contains("Nysson");

    String page =
        Gallring.staffPage(
            context, accounts.actingAs(coordinator), "/personal/faltrapporter/" + old + "?lang=sv");
    assertThat(page).contains("Gallrad: texten har tagits bort").doesNotContain("Hemligsson");
  }
}
