package se.trygghetsdialog.records.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Gallring in the demo municipality: the retention class of place reports is set to 600 months, so
 * only reports from before about 1976 expire; this test's reports carry a day in 1970–1974 of their
 * own and the other tests' reports are younger.
 */
@IntegrationTest
class DisposalIntegrationTest {

  static final String DECISION = "KS 1975/1 § 1";

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired PlaceCategories categories;
  @Autowired Disposals disposals;
  @Autowired RetentionClasses classes;
  @Autowired AuditLog auditLog;

  MockMvc mvc;
  MunicipalityId municipality;
  StaffMember admin;
  UUID category;
  LocalDate day;

  @BeforeEach
  void setUp() throws Exception {
    mvc = StaffSessions.mockMvc(context);
    municipality = StaffMother.tenant(municipalities).id();
    admin =
        accounts.createWithPassword(
            municipality,
            StaffMother.uniqueEmail("gallra"),
            "Gallra Admin",
            Set.of(Role.ADMINISTRATOR),
            null,
            FreshMunicipality.PASSWORD);
    category =
        categories.all(municipality).stream()
            .filter(c -> c.code().equals("LIGHTING"))
            .findFirst()
            .orElseThrow()
            .id();
    day = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1800));
    MockHttpSession session = signIn();
    mvc.perform(
            post("/personal/admin/gallring/klass/PLACE_REPORT")
                .param("months", "600")
                .param("decisionReference", DECISION)
                .session(session)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
  }

  MockHttpSession signIn() throws Exception {
    return StaffSessions.signIn(mvc, admin.email(), FreshMunicipality.PASSWORD);
  }

  UUID oldReport(String status, String marker) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO place_report (report_id, municipality_id, category_id, latitude, longitude,
              time_of_day, description, public_text, flagged, status, receipt_token,
              private_token_hash, reported_at, email)
            VALUES (:id, :m, :c, 58.2745, 11.4355, 'EVENING', :d, :p, false, :status, :r, :h, :at,
              :email)
            """)
        .param("id", id)
        .param("m", municipality.value())
        .param("c", category)
        .param("d", "Jag heter Hemligsson " + marker)
        .param("p", "PUBLISHED".equals(status) ? "Mörk gångväg " + marker : null)
        .param("status", status)
        .param("r", UUID.randomUUID())
        .param("h", UUID.randomUUID().toString())
        .param("at", day.atTime(LocalTime.NOON).atOffset(ZoneOffset.ofHours(1)))
        .param("email", marker + "@invanare.example")
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

  String email(UUID report) {
    return jdbc.sql("SELECT coalesce(email, '') FROM place_report WHERE report_id = :id")
        .param("id", report)
        .query(String.class)
        .single();
  }

  int photos(UUID report) {
    return jdbc.sql("SELECT count(*) FROM place_photo WHERE report_id = :id")
        .param("id", report)
        .query(Integer.class)
        .single();
  }

  String publicCsv() throws Exception {
    return mvc.perform(get("/trygghetskarta/rutnat.csv?fran=" + day + "&till=" + day))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  void awaitAudit(String subject, String action) {
    await(action)
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                auditLog.about(municipality, subject).stream()
                    .anyMatch(e -> e.action().equals(action)));
  }

  static List<UUID> ids(Disposals.Outcome outcome) {
    return outcome.items().stream().map(DisposedItem::id).toList();
  }

  @Test
  void aDryRunListsThenARunDisposesOnceKeepingThePublicCounts() throws Exception {
    String marker = "m" + StaffMother.uniqueWord();
    List<UUID> reports = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      reports.add(oldReport("PUBLISHED", marker + i));
    }
    reports.add(oldReport("PENDING", marker + "p"));
    String before = publicCsv();
    assertThat(before).contains("58.27");

    MockHttpSession session = signIn();
    String dry =
        mvc.perform(post("/personal/admin/gallring/provkorning").session(session).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    for (UUID report : reports) {
      assertThat(dry).contains(report.toString());
      assertThat(email(report)).endsWith("@invanare.example");
      assertThat(photos(report)).isOne();
      assertThat(disposals.timesDisposed(RecordKind.PLACE_REPORT, report)).isZero();
    }

    Disposals.Outcome run = disposals.run(municipality, OffsetDateTime.now(), admin.id());
    assertThat(ids(run)).containsAll(reports);
    for (UUID report : reports) {
      assertThat(email(report)).isEmpty();
      assertThat(photos(report)).isZero();
      assertThat(
              jdbc.sql("SELECT description FROM place_report WHERE report_id = :id")
                  .param("id", report)
                  .query(String.class)
                  .single())
          .doesNotContain("Hemligsson");
      assertThat(disposals.timesDisposed(RecordKind.PLACE_REPORT, report)).isOne();
    }
    assertThat(publicCsv()).isEqualTo(before);
    assertThat(disposals.disposedBy(municipality, run.runId()))
        .extracting(DisposedItem::id)
        .containsAll(reports);
    assertThat(disposals.disposedBy(municipality, run.runId()))
        .allSatisfy(item -> assertThat(item.decisionReference()).isEqualTo(DECISION));
    String log =
        mvc.perform(get("/personal/admin/gallring/korning/" + run.runId()).session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(log).contains(reports.get(0).toString()).contains(DECISION).doesNotContain(marker);

    Disposals.Outcome again = disposals.run(municipality, OffsetDateTime.now(), admin.id());
    assertThat(ids(again)).doesNotContainAnyElementsOf(reports);
    awaitAudit(run.runId().toString(), "records.disposal-run");
  }

  @Test
  void twoRunsAtTheSameTimeDisposeOfEachItemOnce() throws Exception {
    String marker = "p" + StaffMother.uniqueWord();
    List<UUID> reports = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      reports.add(oldReport("PUBLISHED", marker + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Disposals.Outcome> task =
          () -> disposals.run(municipality, OffsetDateTime.now(), null);
      Future<Disposals.Outcome> first = pool.submit(task);
      Future<Disposals.Outcome> second = pool.submit(task);
      List<UUID> all = new ArrayList<>(ids(first.get()));
      all.addAll(ids(second.get()));
      for (UUID report : reports) {
        assertThat(all).filteredOn(report::equals).hasSize(1);
        assertThat(disposals.timesDisposed(RecordKind.PLACE_REPORT, report)).isOne();
        assertThat(email(report)).isEmpty();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void monthsWithoutADecisionAreRefusedAndTheChangeIsAudited() throws Exception {
    MockHttpSession session = signIn();
    String page =
        mvc.perform(
                post("/personal/admin/gallring/klass/WALK_REGISTRATION")
                    .param("months", "12")
                    .param("decisionReference", " ")
                    .session(session)
                    .with(csrf()))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("gallringsbeslutets diarienummer");
    mvc.perform(
            post("/personal/admin/gallring/klass/WALK_REGISTRATION")
                .param("months", "tolv")
                .param("decisionReference", "KS 1")
                .session(session)
                .with(csrf()))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/personal/admin/gallring/klass/NOT_A_KIND")
                .param("months", "")
                .param("decisionReference", "")
                .session(session)
                .with(csrf()))
        .andExpect(status().is4xxClientError());
    awaitAudit("PLACE_REPORT", "records.retention-changed");
    assertThat(classes.of(municipality, RecordKind.PLACE_REPORT).months()).isEqualTo(600);
    String overview =
        mvc.perform(get("/personal/admin/gallring").session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(overview).contains(DECISION).contains("600 månader");
  }
}
