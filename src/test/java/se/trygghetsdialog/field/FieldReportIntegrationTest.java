package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.registration.RegistrationEntry;
import se.trygghetsdialog.records.registration.RegistrationProbe;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

@IntegrationTest
class FieldReportIntegrationTest {

  static final String PASSWORD = "Trygghet2026!";

  @Autowired WebApplicationContext context;
  @Autowired StaffAccounts accounts;
  @Autowired Municipalities municipalities;
  @Autowired PlaceCategories categories;
  @Autowired FileFieldReport fileFieldReport;
  @Autowired FieldReports reports;
  @Autowired RumourLog rumours;
  @Autowired List<InputResolver> resolvers;
  @Autowired JdbcClient jdbc;

  @Autowired se.trygghetsdialog.support.RecordingScreener screener;
  MockMvc mvc;
  MunicipalityId municipality;
  UUID gathering;

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
    municipality = municipalities.resolve("localhost").id();
    gathering = FieldMother.category(categories, municipality, "GATHERING").id();
  }

  StaffMember staff(Role role) {
    String email = StaffSessions.uniqueEmail(role.name().toLowerCase());
    return accounts.createWithPassword(
        municipality, email, "Test " + role.name(), Set.of(role), null, PASSWORD);
  }

  MockHttpSession signIn(StaffMember member) throws Exception {
    return StaffSessions.signIn(mvc, member.email(), PASSWORD);
  }

  static String yesterday() {
    return LocalDate.now(FieldPolicy.ZONE).minusDays(1).toString();
  }

  MockHttpServletRequestBuilder filing(MockHttpSession session, UUID key, String whatHappened) {
    return filing(session, key, whatHappened, java.util.Map.of());
  }

  /** A complete two-event filing; {@code overrides} replace single parameters. */
  MockHttpServletRequestBuilder filing(
      MockHttpSession session,
      UUID key,
      String whatHappened,
      java.util.Map<String, String> overrides) {
    String day = yesterday();
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("submissionKey", key.toString());
    params.put("reporterKind", "TRYGGHETSVARD");
    params.put("e0.categoryId", gathering.toString());
    params.put("e0.latitude", "58.2770");
    params.put("e0.longitude", "11.4370");
    params.put("e0.startDate", day);
    params.put("e0.startTime", "21:00");
    params.put("e0.endDate", day);
    params.put("e0.endTime", "21:30");
    params.put("e0.people", "8");
    params.put("e0.police", "no");
    params.put("e0.whatHappened", whatHappened);
    params.put("e0.actionTaken", "Pratade med gruppen.");
    params.put("e1.categoryId", gathering.toString());
    params.put("e1.latitude", "58.2725");
    params.put("e1.longitude", "11.4375");
    params.put("e1.startDate", day);
    params.put("e1.startTime", "22:00");
    params.put("e1.endDate", day);
    params.put("e1.endTime", "22:10");
    params.put("e1.people", "0");
    params.put("e1.police", "yes");
    params.put("e1.whatHappened", "Krossat glas på bryggan.");
    params.put("action", "file");
    params.putAll(overrides);
    MockHttpServletRequestBuilder request =
        post("/personal/faltrapporter/ny").session(session).with(csrf());
    params.forEach(request::param);
    return request;
  }

  int rows(UUID key) {
    return jdbc.sql("SELECT count(*) FROM field_report WHERE submission_key = :k")
        .param("k", key)
        .query(Integer.class)
        .single();
  }

  FileFieldReport.Input input(UUID key) {
    return FieldMother.report(key, FieldMother.event(gathering));
  }

  @Test
  void filingCreatesTheReportWithItsEventsAndShowsTheReceipt() throws Exception {
    StaffMember reporter = staff(Role.FIELD_REPORTER);
    MockHttpSession session = signIn(reporter);
    UUID key = UUID.randomUUID();
    MvcResult result =
        mvc.perform(filing(session, key, "Grupp samlades vid busstationen."))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String receipt = result.getResponse().getRedirectedUrl();
    assertThat(receipt).matches("/personal/faltrapporter/[0-9a-f-]{36}/kvitto");

    UUID id = reports.bySubmissionKey(municipality, key).orElseThrow();
    FieldReport report = reports.find(municipality, id).orElseThrow();
    assertThat(report.reporterAccountId()).isEqualTo(reporter.id());
    assertThat(report.reporterKind()).isEqualTo(ReporterKind.TRYGGHETSVARD);
    assertThat(report.events()).hasSize(2);
    assertThat(report.events().get(0).peopleInvolved()).isEqualTo(8);
    assertThat(report.events().get(1).policeContacted()).isTrue();
    assertThat(report.peopleInvolved()).isEqualTo(8);

    mvc.perform(get(receipt).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rapporten är skickad")));
    mvc.perform(get("/personal/faltrapporter").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/personal/faltrapporter/" + id)));
    mvc.perform(get("/personal/faltrapporter/" + id).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Grupp samlades vid busstationen.")));
  }

  @Test
  void theSameSubmissionKeyTwiceFilesOneReport() throws Exception {
    MockHttpSession session = signIn(staff(Role.FIELD_REPORTER));
    UUID key = UUID.randomUUID();
    String first =
        mvc.perform(filing(session, key, "Samling vid torget."))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String second =
        mvc.perform(filing(session, key, "Samling vid torget."))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    // The same receipt, saying that the report had already been filed.
    assertThat(second).isEqualTo(first + "?redan-skickad=1");
    assertThat(rows(key)).isEqualTo(1);
  }

  @Test
  void parallelFilingsWithOneKeyFileOneReport() throws Exception {
    StaffMember reporter = staff(Role.FIELD_REPORTER);
    UUID key = UUID.randomUUID();
    int threads = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<FileFieldReport.Receipt>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<FileFieldReport.Receipt> task =
            () -> {
              start.await();
              return fileFieldReport.file(municipality, reporter.id(), input(key));
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      List<FileFieldReport.Receipt> receipts = new ArrayList<>();
      for (Future<FileFieldReport.Receipt> result : results) {
        receipts.add(result.get());
      }
      assertThat(receipts.stream().map(FileFieldReport.Receipt::reportId).distinct()).hasSize(1);
      assertThat(receipts.stream().filter(FileFieldReport.Receipt::created)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(rows(key)).isEqualTo(1);
    UUID id = reports.bySubmissionKey(municipality, key).orElseThrow();
    assertThat(reports.find(municipality, id).orElseThrow().events()).hasSize(1);
  }

  @Test
  void personalDataStopsTheReportKeepsTheTextAndAConfirmationFilesItFlagged() throws Exception {
    MockHttpSession session = signIn(staff(Role.FIELD_REPORTER));
    UUID key = UUID.randomUUID();
    String text = "Ring 070-123 45 67 om gruppen kommer tillbaka.";
    mvc.perform(filing(session, key, text))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("telefonnummer")))
        .andExpect(content().string(containsString(text)))
        .andExpect(content().string(containsString("Krossat glas på bryggan.")))
        .andExpect(content().string(containsString("name=\"confirmScreened\"")));
    assertThat(rows(key)).isZero();

    mvc.perform(filing(session, key, text, java.util.Map.of("confirmScreened", "yes")))
        .andExpect(status().is3xxRedirection());
    UUID id = reports.bySubmissionKey(municipality, key).orElseThrow();
    FieldReport report = reports.find(municipality, id).orElseThrow();
    assertThat(report.events().get(0).flagged()).isTrue();
    assertThat(report.events().get(1).flagged()).isFalse();
  }

  @Test
  void eachTextOfAFiledReportAndOfARecordedRumourIsScreenedOnce() throws Exception {
    MockHttpSession session = signIn(staff(Role.SAFETY_COORDINATOR));
    // Letters only: a marker of digits starting with 0 reads as a phone number to the screening.
    String marker = "skarm" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    mvc.perform(filing(session, UUID.randomUUID(), "Samling vid kiosken " + marker))
        .andExpect(status().is3xxRedirection());
    assertThat(screener.screenings(marker)).isEqualTo(1);

    String rumour = "rykte" + marker;
    String clarification = "klart" + marker;
    mvc.perform(
            rumourPost(session, "/personal/rykten/ny", rumour, clarification)
                .param("token", UUID.randomUUID().toString()))
        .andExpect(status().is3xxRedirection());
    assertThat(screener.screenings(rumour)).isEqualTo(1);
    assertThat(screener.screenings(clarification)).isEqualTo(1);
  }

  @Test
  void invalidInputIsShownAgainWithEveryTypedValue() throws Exception {
    MockHttpSession session = signIn(staff(Role.FIELD_REPORTER));
    UUID key = UUID.randomUUID();
    mvc.perform(
            filing(
                session,
                key,
                "Bråk vid hamnen.",
                java.util.Map.of(
                    "e0.people", "-4", "e1.latitude", "59.33", "e1.longitude", "18.07")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Antalet personer kan inte vara negativt")))
        .andExpect(content().string(containsString("Platsen ligger utanför kommunen")))
        .andExpect(content().string(containsString("Bråk vid hamnen.")))
        .andExpect(content().string(containsString("value=\"" + key + "\"")));
    assertThat(rows(key)).isZero();
  }

  @Test
  void addingAnEventWithoutJavaScriptKeepsWhatWasTyped() throws Exception {
    MockHttpSession session = signIn(staff(Role.FIELD_REPORTER));
    UUID key = UUID.randomUUID();
    mvc.perform(
            post("/personal/faltrapporter/ny")
                .session(session)
                .with(csrf())
                .param("submissionKey", key.toString())
                .param("reporterKind", "BOVARD")
                .param("e0.whatHappened", "Första händelsen.")
                .param("action", "add"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Första händelsen.")))
        .andExpect(content().string(containsString("name=\"e1.whatHappened\"")))
        .andExpect(content().string(containsString("value=\"" + key + "\"")));
    assertThat(rows(key)).isZero();
  }

  @Test
  void aRapportorSeesOnlyTheirOwnReportsAndTheCoordinatorSeesAll() throws Exception {
    StaffMember author = staff(Role.FIELD_REPORTER);
    StaffMember other = staff(Role.FIELD_REPORTER);
    UUID id = fileFieldReport.file(municipality, author.id(), input(UUID.randomUUID())).reportId();

    MockHttpSession otherSession = signIn(other);
    mvc.perform(get("/personal/faltrapporter/" + id).session(otherSession))
        .andExpect(status().isNotFound());
    mvc.perform(get("/personal/faltrapporter/" + id + "/kvitto").session(otherSession))
        .andExpect(status().isNotFound());
    mvc.perform(get("/personal/faltrapporter").session(otherSession))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(id.toString()))));

    MockHttpSession coordinator = signIn(staff(Role.SAFETY_COORDINATOR));
    mvc.perform(get("/personal/faltrapporter/" + id).session(coordinator))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Test FIELD_REPORTER")));
    String monday =
        LocalDate.now(FieldPolicy.ZONE)
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
            .toString();
    UUID started =
        reports
                .find(municipality, id)
                .orElseThrow()
                .events()
                .get(0)
                .startedAt()
                .atZoneSameInstant(FieldPolicy.ZONE)
                .toLocalDate()
                .isBefore(LocalDate.parse(monday))
            ? null
            : id;
    if (started != null) {
      mvc.perform(
              get("/personal/faltrapporter")
                  .param("vecka", monday)
                  .param("kategori", gathering.toString())
                  .param("sida", "1")
                  .session(coordinator))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(id.toString())));
    }
    String lastYear = LocalDate.now(FieldPolicy.ZONE).minusYears(1).toString();
    mvc.perform(get("/personal/faltrapporter").param("vecka", lastYear).session(coordinator))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(id.toString()))));

    MockHttpSession moderator = signIn(staff(Role.MODERATOR));
    mvc.perform(get("/personal/faltrapporter/ny").session(moderator))
        .andExpect(status().isForbidden());
  }

  @Test
  void aMeasureCanLinkAFieldReportByCategoryPlaceAndDate() {
    StaffMember author = staff(Role.FIELD_REPORTER);
    UUID id = fileFieldReport.file(municipality, author.id(), input(UUID.randomUUID())).reportId();
    InputResolver resolver =
        resolvers.stream().filter(r -> r.type().equals("FIELD_REPORT")).findFirst().orElseThrow();
    String label = resolver.label(municipality, id).orElseThrow();
    assertThat(label).startsWith("Otrygghetsskapande samling av personer, Lysekils busstation, ");
    assertThat(label).doesNotContain("Samling vid busstationen.");
    assertThat(resolver.label(municipality, UUID.randomUUID())).isEmpty();
  }

  @Test
  void theCategoryFilterFindsReportsOfTheCategoryAndOfItsSubCategoriesOnly() {
    StaffMember author = staff(Role.FIELD_REPORTER);
    UUID lighting = FieldMother.category(categories, municipality, "LIGHTING").id();
    UUID unsafePlace = FieldMother.category(categories, municipality, "UNSAFE_PLACE").id();
    UUID id =
        fileFieldReport
            .file(municipality, author.id(), FieldMother.report(FieldMother.event(lighting)))
            .reportId();

    for (UUID category : List.of(unsafePlace, lighting)) {
      FieldReports.Filter filter = new FieldReports.Filter(author.id(), null, category);
      assertThat(reports.page(municipality, filter, 10, 0))
          .extracting(FieldReport::id)
          .containsExactly(id);
      assertThat(reports.count(municipality, filter)).isEqualTo(1);
    }
    FieldReports.Filter other = new FieldReports.Filter(author.id(), null, gathering);
    assertThat(reports.page(municipality, other, 10, 0)).isEmpty();
    assertThat(reports.count(municipality, other)).isZero();
  }

  static String hidden(String html, String name) {
    var m =
        java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("hidden field " + name).isTrue();
    return m.group(1);
  }

  MockHttpServletRequestBuilder rumourPost(
      MockHttpSession session, String path, String content, String clarification) {
    return post(path)
        .session(session)
        .with(csrf())
        .param("content", content)
        .param("channel", "SNAPCHAT")
        .param("seenDate", yesterday())
        .param("seenTime", "17:00")
        .param("clarification", clarification)
        .param("publicSummary", "");
  }

  @Test
  void aRumourFormSubmittedTwiceRecordsOneRumour() throws Exception {
    MockHttpSession session = signIn(staff(Role.SAFETY_COORDINATOR));
    String text = "Det sägs att badplatsen stängs " + UUID.randomUUID();
    String html =
        mvc.perform(get("/personal/rykten/ny").session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = hidden(html, "token");

    String first =
        mvc.perform(rumourPost(session, "/personal/rykten/ny", text, "").param("token", token))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String second =
        mvc.perform(rumourPost(session, "/personal/rykten/ny", text, "").param("token", token))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    assertThat(second).isEqualTo(first);
    assertThat(
            jdbc.sql("SELECT count(*) FROM rumour WHERE content = :c")
                .param("c", text)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    // A new form gets a token of its own.
    String again =
        mvc.perform(get("/personal/rykten/ny").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(hidden(again, "token")).isNotEqualTo(token);
  }

  @Test
  void aStaleRumourEditIsRefusedKeepingWhatWasTypedAndShowingTheCurrentRumour() throws Exception {
    MockHttpSession session = signIn(staff(Role.SAFETY_COORDINATOR));
    MockHttpSession other = signIn(staff(Role.SAFETY_COORDINATOR));
    String unique = StaffMother.uniqueWord();
    String path =
        mvc.perform(
                rumourPost(session, "/personal/rykten/ny", "Ryktet om hamnen " + unique, "")
                    .param("token", UUID.randomUUID().toString()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    // Both open the edit form.
    String version =
        hidden(
            mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(),
            "version");
    String otherVersion =
        hidden(
            mvc.perform(get(path).session(other)).andReturn().getResponse().getContentAsString(),
            "version");
    assertThat(otherVersion).isEqualTo(version);

    String theirs = "Hamnen är öppen som vanligt " + unique;
    mvc.perform(
            rumourPost(other, path, "Ryktet om hamnen " + unique, theirs)
                .param("version", otherVersion))
        .andExpect(status().is3xxRedirection());

    String mine = "Mitt förtydligande om hamnen " + unique;
    mvc.perform(
            rumourPost(session, path, "Ryktet om hamnen " + unique, mine).param("version", version))
        .andExpect(status().isConflict())
        .andExpect(
            content()
                .string(containsString("Ryktet har ändrats av någon annan sedan du öppnade det")))
        .andExpect(content().string(containsString(mine)))
        .andExpect(content().string(containsString(theirs)));
    UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    assertThat(rumours.find(municipality, id).orElseThrow().clarification()).isEqualTo(theirs);

    // Saving again from the refused form (which now carries the current version) goes through.
    String fresh =
        hidden(
            mvc.perform(
                    rumourPost(session, path, "Ryktet om hamnen " + unique, mine)
                        .param("version", version))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "version");
    mvc.perform(
            rumourPost(session, path, "Ryktet om hamnen " + unique, mine).param("version", fresh))
        .andExpect(status().is3xxRedirection());
    assertThat(rumours.find(municipality, id).orElseThrow().clarification()).isEqualTo(mine);
  }

  @Test
  void aReportResentWithTheSameKeySaysItWasAlreadyFiled() throws Exception {
    MockHttpSession session = signIn(staff(Role.FIELD_REPORTER));
    UUID key = UUID.randomUUID();
    String receipt =
        mvc.perform(filing(session, key, "Grupp vid kiosken."))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(receipt).endsWith("/kvitto");
    mvc.perform(get(receipt).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Rapporten var redan skickad"))));

    // Sent again with the same key, the text edited meanwhile (an offline draft sent twice).
    String again =
        mvc.perform(filing(session, key, "Grupp vid kiosken, ändrad text."))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(again).startsWith(receipt + "?");
    mvc.perform(get(again).session(session))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "Rapporten var redan skickad – den här kopian sparades inte igen")))
        // The offline script still recognises the receipt of its draft's key.
        .andExpect(content().string(containsString("data-field-filed=\"" + key + "\"")));
    assertThat(rows(key)).isEqualTo(1);
    UUID id = reports.bySubmissionKey(municipality, key).orElseThrow();
    assertThat(reports.find(municipality, id).orElseThrow().events().get(0).whatHappened())
        .isEqualTo("Grupp vid kiosken.");
  }

  @Test
  void theRumourLogPublishesOnlyTheClarificationAndAuditsEveryChange() throws Exception {
    StaffMember coordinator = staff(Role.SAFETY_COORDINATOR);
    MockHttpSession session = signIn(coordinator);
    String unique = StaffMother.uniqueWord();
    String rumourText = "Det sägs att fritidsgården stänger för gott " + unique;
    String clarification = "Fritidsgården är öppen som vanligt " + unique;
    MvcResult created =
        mvc.perform(
                post("/personal/rykten/ny")
                    .session(session)
                    .with(csrf())
                    .param("content", rumourText)
                    .param("channel", "TIKTOK")
                    .param("seenDate", yesterday())
                    .param("seenTime", "18:00")
                    .param("clarification", clarification)
                    .param("publicSummary", ""))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String path = created.getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    mvc.perform(get("/trygghet/fortydliganden"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(clarification))));

    mvc.perform(post(path + "/publicera").session(session).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/trygghet/fortydliganden"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(clarification)))
        .andExpect(content().string(not(containsString(rumourText))));
    // The log is paged, newest seen first, and other tests share the database: find our page.
    String logPage = "";
    String row = "/personal/rykten/" + id;
    for (int page = 1; page <= 50 && !logPage.contains(row); page++) {
      logPage =
          mvc.perform(get("/personal/rykten").param("sida", String.valueOf(page)).session(session))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
    String ourRow = logPage.substring(logPage.indexOf(row));
    assertThat(ourRow.substring(0, ourRow.indexOf("</tr>"))).contains("Förtydligande publicerat");

    mvc.perform(post(path + "/avpublicera").session(session).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/trygghet/fortydliganden"))
        .andExpect(content().string(not(containsString(clarification))));
    assertThat(rumours.find(municipality, id).orElseThrow().published()).isFalse();

    // Names in a rumour are refused, and what was typed is shown again.
    mvc.perform(
            post("/personal/rykten/ny")
                .session(session)
                .with(csrf())
                .param("content", "Ryktet säger att ring 070-123 45 67")
                .param("channel", "SCHOOL")
                .param("seenDate", yesterday())
                .param("seenTime", "")
                .param("clarification", "")
                .param("publicSummary", ""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Ryktet säger att ring 070-123 45 67")));

    // The audit log listens after commit; give it a moment.
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                "SELECT action FROM audit_event WHERE subject = :s"
                                    + " ORDER BY occurred_at")
                            .param("s", id.toString())
                            .query(String.class)
                            .list())
                    .containsExactlyInAnyOrder(
                        "field.rumour-recorded",
                        "field.rumour-published",
                        "field.rumour-unpublished"));

    MockHttpSession reporter = signIn(staff(Role.FIELD_REPORTER));
    mvc.perform(get("/personal/rykten").session(reporter)).andExpect(status().isForbidden());
  }

  @Test
  void theLysekilDemoHasFieldReportsOfTheDemoRapportorAndAPublishedClarification()
      throws Exception {
    StaffMember demoReporter =
        accounts.findByEmail(municipality, "rapportor@lysekil.example").orElseThrow();
    assertThat(reports.count(municipality, new FieldReports.Filter(demoReporter.id(), null, null)))
        .isGreaterThanOrEqualTo(2);
    mvc.perform(get("/trygghet/fortydliganden"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Badplatsen vid Pinnevik är öppen som vanligt")));
  }

  @Test
  void aFiledReportIsRegisteredOnce(
      @Autowired org.springframework.context.ApplicationContext context) {
    StaffMember author = staff(Role.FIELD_REPORTER);
    FileFieldReport.Receipt receipt =
        fileFieldReport.file(municipality, author.id(), input(UUID.randomUUID()));
    RegistrationProbe probe = new RegistrationProbe(context);

    RegistrationEntry entry =
        probe.awaitEntry(municipality, RecordKind.FIELD_REPORT, receipt.reportId());

    assertThat(entry.title()).isEqualTo("Fältrapport");
    probe.assertRegisteredOnceWhenRepublished(
        entry,
        new FieldReportFiled(
            municipality,
            receipt.reportId(),
            author.id(),
            ReporterKind.VAKTARE,
            1,
            4,
            java.time.OffsetDateTime.now()));
  }
}
