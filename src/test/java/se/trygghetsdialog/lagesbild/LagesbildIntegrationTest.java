package se.trygghetsdialog.lagesbild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.Horizon;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureKind;
import se.trygghetsdialog.measure.MeasureType;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.RecordingScreener;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The lägesbild end to end against the database. Each test gets its own municipality, so version
 * numbers and drafts never collide with other tests or the demo data.
 */
@IntegrationTest
class LagesbildIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Lagesbilder lagesbilder;
  @Autowired ImportCrimeStatistics importStatistics;
  @Autowired EditLagesbild edit;
  @Autowired IdentifyLagesbildProblem identify;
  @Autowired AdoptLagesbild adopt;
  @Autowired ProposeMeasure proposeMeasure;
  @Autowired LinkInput linkInput;
  @Autowired Measures measures;
  @Autowired AuditLog auditLog;
  @Autowired RecordingScreener screener;
  @Autowired JdbcClient jdbc;
  @Autowired WebApplicationContext context;
  @Autowired se.trygghetsdialog.dialogue.CreateDialogue createDialogue;
  @Autowired se.trygghetsdialog.tenancy.Organisations organisations;

  Tenant tenant;
  MunicipalityId municipality;
  String host;
  StaffMember coordinator;
  StaffPrincipal actor;
  MockMvc mvc;
  LocalDate today = LocalDate.now();

  @BeforeEach
  void setUp() {
    String code;
    do {
      code = String.format("%04d", ThreadLocalRandom.current().nextInt(2000, 9999));
    } while (municipalities.byCode(code).isPresent());
    host = "lagesbild-" + code + ".test";
    tenant = municipalities.register(code, "Testkommun " + code, List.of(host), false);
    municipality = tenant.id();
    coordinator =
        accounts.createWithPassword(
            municipality,
            StaffMother.uniqueEmail("samordnare"),
            "Sara Samordnare",
            java.util.Set.of(Role.SAFETY_COORDINATOR),
            null,
            "Trygghet2026!");
    actor = accounts.actingAs(coordinator);
    mvc = StaffSessions.mockMvc(context);
  }

  RequestPostProcessor onHost() {
    return request -> {
      request.setServerName(host);
      return request;
    };
  }

  MockHttpSession signIn(StaffMember member) throws Exception {
    var result =
        mvc.perform(
                post("/logga-in")
                    .with(onHost())
                    .with(csrf())
                    .param("email", member.email())
                    .param("password", "Trygghet2026!"))
            .andReturn();
    assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("/logga-in");
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  StaffMember staff(Role role) {
    return accounts.createWithPassword(
        municipality,
        StaffMother.uniqueEmail(role.name().toLowerCase().replace("_", "")),
        "Test " + role.name(),
        java.util.Set.of(role),
        null,
        "Trygghet2026!");
  }

  CrimeStatisticsCsv.Result importCsv(String csv) {
    return importStatistics.importCsv(
        municipality, "brott.csv", csv.getBytes(StandardCharsets.UTF_8), actor);
  }

  void saveDraft(String analysis) {
    Lagesbild draft = lagesbilder.draft(municipality, today);
    edit.save(
        municipality,
        new EditLagesbild.Input(
            draft.revision(),
            "Lägesbild för testkommunen",
            "Skadegörelsen är hög.",
            "Trygghetsmätningen visar otrygghet i centrum.",
            analysis,
            today.minusYears(1),
            today,
            List.of()),
        actor);
  }

  int adoptNow(String body) {
    return adopt.adopt(
        municipality,
        new AdoptLagesbild.Input(
            lagesbilder.nextVersionNumber(municipality), body, today, "§ 12", "KS 2026/12"),
        today,
        actor);
  }

  @Nested
  class ImportingCrimeStatistics {

    @Test
    void aGoodFileIsStoredAndAuditedAndABadFileChangesNothing() {
      assertThat(importCsv("kategori;period;antal\nMisshandel;2024;10\nMisshandel;2025;12\n").ok())
          .isTrue();
      var bad = importCsv("kategori;period;antal\nMisshandel;2025;99\nRån;2025;x\n");
      assertThat(bad.ok()).isFalse();
      assertThat(bad.errors()).extracting(CrimeStatisticsCsv.LineError::line).containsExactly(3);
      assertThat(lagesbilder.crimeStatistics(municipality))
          .extracting(CrimeStatistic::count)
          .containsExactly(10L, 12L);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  auditLog.newestFirst(municipality, 10, 0).stream()
                      .anyMatch(e -> e.action().equals("measure.crime-statistics-imported")));
    }

    @Test
    void aLaterFileReplacesTheSameCategoryAndPeriodAndKeepsTheRest() {
      importCsv("kategori;period;antal\nMisshandel;2024;10\nRån;2024;3\n");
      importCsv("kategori,period,antal\nMisshandel,2024,11\n");
      assertThat(lagesbilder.crimeStatistics(municipality))
          .extracting(CrimeStatistic::category, CrimeStatistic::count)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Misshandel", 11L),
              org.assertj.core.groups.Tuple.tuple("Rån", 3L));
    }

    @Test
    void theUploadPageNamesTheFileAndLineOfEachError() throws Exception {
      MockHttpSession session = signIn(coordinator);
      mvc.perform(
              multipart("/personal/lagesbild/import")
                  .file(
                      new MockMultipartFile(
                          "file",
                          "polisen-2025.csv",
                          "text/csv",
                          "kategori;period;antal\nRån;2025;-3\n".getBytes(StandardCharsets.UTF_8)))
                  .session(session)
                  .with(onHost())
                  .with(csrf()))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("Filen polisen-2025.csv, rad 2:")))
          .andExpect(content().string(containsString("är negativt")));
      mvc.perform(
              multipart("/personal/lagesbild/import")
                  .file(
                      new MockMultipartFile(
                          "file",
                          "polisen-2025.csv",
                          "text/csv",
                          "\uFEFFkategori;period;antal\nRån;2025;3\n"
                              .getBytes(StandardCharsets.UTF_8)))
                  .session(session)
                  .with(onHost())
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
      assertThat(lagesbilder.crimeStatistics(municipality)).hasSize(1);
    }
  }

  @Nested
  class DraftsAndVersions {

    @Test
    void aDraftSavedFromAStaleFormAnswersConflictAndKeepsTheText() throws Exception {
      MockHttpSession session = signIn(coordinator);
      int revision = lagesbilder.draft(municipality, today).revision();
      for (int i = 0; i < 2; i++) {
        // The second save comes from the same form as the first: someone saved meanwhile.
        mvc.perform(
            post("/personal/lagesbild/utkast")
                .session(session)
                .with(onHost())
                .with(csrf())
                .param("revision", String.valueOf(revision))
                .param("title", "Lägesbild")
                .param("factsFrom", "2025-01-01")
                .param("factsTo", "2025-12-31")
                .param("analysisText", "Analys " + i));
      }
      mvc.perform(
              post("/personal/lagesbild/utkast")
                  .session(session)
                  .with(onHost())
                  .with(csrf())
                  .param("revision", String.valueOf(revision))
                  .param("title", "Lägesbild")
                  .param("factsFrom", "2025-01-01")
                  .param("factsTo", "2025-12-31")
                  .param("analysisText", "Analys som kom för sent"))
          .andExpect(status().isConflict())
          .andExpect(content().string(containsString("Analys som kom för sent")));
    }

    @Test
    void adoptionFreezesVersionOneAndLaterChangesDoNotTouchIt() {
      importCsv("kategori;period;antal\nSkadegörelse;2024;40\nSkadegörelse;2025;50\n");
      identify.identify(
          municipality,
          new IdentifyLagesbildProblem.Input(
              UUID.randomUUID(), "Mörkt i parken", "Belysningen räcker inte.", null),
          actor);
      saveDraft("Otryggheten hänger ihop med belysningen.");
      assertThat(adoptNow("Kommunstyrelsen")).isEqualTo(1);

      LagesbildVersion first = lagesbilder.version(municipality, 1).orElseThrow();
      assertThat(first.decision().body()).isEqualTo("Kommunstyrelsen");
      assertThat(first.crime()).extracting(CrimeStatistic::count).containsExactly(40L, 50L);
      assertThat(first.problems())
          .extracting(LagesbildProblem::title)
          .containsExactly("Mörkt i parken");
      assertThat(first.analysisText()).isEqualTo("Otryggheten hänger ihop med belysningen.");

      // Data change after adoption: new figures, a changed draft, a new and a removed problem.
      importCsv("kategori;period;antal\nSkadegörelse;2025;500\nRån;2025;7\n");
      saveDraft("En ny analys.");
      identify.remove(municipality, first.problems().get(0).id(), actor);
      identify.identify(
          municipality,
          new IdentifyLagesbildProblem.Input(UUID.randomUUID(), "Narkotika i skolan", "", null),
          actor);
      LagesbildVersion unchanged = lagesbilder.version(municipality, 1).orElseThrow();
      assertThat(unchanged.crime()).extracting(CrimeStatistic::count).containsExactly(40L, 50L);
      assertThat(unchanged.analysisText()).isEqualTo("Otryggheten hänger ihop med belysningen.");
      assertThat(unchanged.problems())
          .extracting(LagesbildProblem::title)
          .containsExactly("Mörkt i parken");

      assertThat(adoptNow("Kommunfullmäktige")).isEqualTo(2);
      LagesbildVersion second = lagesbilder.current(municipality).orElseThrow();
      assertThat(second.versionNumber()).isEqualTo(2);
      assertThat(second.analysisText()).isEqualTo("En ny analys.");
      assertThat(second.crime()).extracting(CrimeStatistic::count).contains(500L, 7L);
      assertThat(second.problems())
          .extracting(LagesbildProblem::title)
          .containsExactly("Narkotika i skolan");
      assertThat(lagesbilder.versions(municipality))
          .extracting(LagesbildVersion::versionNumber)
          .containsExactly(2, 1);
      assertThat(lagesbilder.reviewDue(municipality)).contains(today.plusYears(4));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  auditLog.newestFirst(municipality, 20, 0).stream()
                          .filter(e -> e.action().equals("measure.lagesbild-adopted"))
                          .count()
                      == 2);
    }

    void startDialogue(String title, StaffPrincipal leader) {
      createDialogue.create(
          municipality,
          new se.trygghetsdialog.dialogue.CreateDialogue.Input(
              UUID.randomUUID(),
              title,
              "Hur blir det tryggare?",
              null,
              se.trygghetsdialog.dialogue.TopicOrigin.ELECTED_OFFICIAL,
              "",
              organisations
                  .register(
                      municipality,
                      "Nämnd " + StaffMother.uniqueWord(),
                      se.trygghetsdialog.tenancy.OrganisationKind.COMMITTEE,
                      null)
                  .id(),
              today,
              "§ 1",
              "KS 2026/1"),
          leader);
    }

    @Test
    void chosenFactsAreCopiedWithTheirNumbersOfTheDayOfAdoption() {
      StaffPrincipal leader = accounts.actingAs(staff(Role.PROCESS_LEADER));
      startDialogue("Trygg hamn", leader);
      List<LagesbildFact> offered =
          lagesbilder.availableFacts(municipality, today.minusYears(1), today);
      assertThat(offered).extracting(LagesbildFact::key).contains("dialogue.overview");
      Lagesbild draft = lagesbilder.draft(municipality, today);
      edit.save(
          municipality,
          new EditLagesbild.Input(
              draft.revision(),
              "Lägesbild",
              "Skadegörelsen är hög.",
              "",
              "Analys.",
              today.minusYears(1),
              today,
              List.of("dialogue.overview")),
          actor);
      adoptNow("Kommunstyrelsen");

      startDialogue("Trygg skolväg", leader);
      LagesbildFact now =
          lagesbilder.availableFacts(municipality, today.minusYears(1), today).stream()
              .filter(f -> f.key().equals("dialogue.overview"))
              .findFirst()
              .orElseThrow();
      assertThat(now.rows().stream().mapToLong(LagesbildFact.Row::count).sum()).isEqualTo(2);
      LagesbildFact adopted = lagesbilder.version(municipality, 1).orElseThrow().facts().get(0);
      assertThat(adopted.key()).isEqualTo("dialogue.overview");
      assertThat(adopted.rows().stream().mapToLong(LagesbildFact.Row::count).sum()).isEqualTo(1);
      assertThat(adopted.text()).contains("Trygg hamn").doesNotContain("Trygg skolväg");
    }

    @Test
    void aNewDraftStartsFromTheLatestVersion() {
      saveDraft("Analys ett.");
      jdbc.sql("DELETE FROM lagesbild_draft WHERE municipality_id = :m")
          .param("m", municipality.value())
          .update();
      // Without a stored draft and without versions the draft is empty.
      assertThat(lagesbilder.draft(municipality, today).analysisText()).isEmpty();
      saveDraft("Analys ett.");
      adoptNow("Kommunstyrelsen");
      jdbc.sql("DELETE FROM lagesbild_draft WHERE municipality_id = :m")
          .param("m", municipality.value())
          .update();
      assertThat(lagesbilder.draft(municipality, today).analysisText()).isEqualTo("Analys ett.");
    }

    @Test
    void aPartLeftEmptyOrAStaleFormIsRefused() {
      assertThatThrownBy(() -> adoptNow("Kommunstyrelsen"))
          .isInstanceOf(LagesbildRuleViolation.class)
          .extracting(e -> ((LagesbildRuleViolation) e).messageKey())
          .isEqualTo("measure.lagesbild.error.part1.empty");
      saveDraft("");
      assertThatThrownBy(() -> adoptNow("Kommunstyrelsen"))
          .extracting(e -> ((LagesbildRuleViolation) e).messageKey())
          .isEqualTo("measure.lagesbild.error.part3.empty");
      saveDraft("Analys.");
      assertThatThrownBy(
              () ->
                  adopt.adopt(
                      municipality,
                      new AdoptLagesbild.Input(7, "Kommunstyrelsen", today, "", ""),
                      today,
                      actor))
          .extracting(e -> ((StaleForm) e).messageKey())
          .isEqualTo("measure.error.stale");
      assertThat(lagesbilder.versions(municipality)).isEmpty();
    }

    @Test
    void personalDataInTheAnalysisIsRefusedAndTheTextKeptInTheForm() throws Exception {
      MockHttpSession session = signIn(coordinator);
      String analysis = "Ring Anders Svensson på 070-123 45 67 om saken.";
      mvc.perform(
              post("/personal/lagesbild/utkast")
                  .session(session)
                  .with(onHost())
                  .with(csrf())
                  .param("revision", "0")
                  .param("title", "Lägesbild")
                  .param("factsFrom", "2025-01-01")
                  .param("factsTo", "2025-12-31")
                  .param("analysisText", analysis))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("personuppgifter")))
          .andExpect(content().string(containsString("070-123 45 67")));
      assertThat(lagesbilder.draft(municipality, today).analysisText()).isEmpty();
    }
  }

  @Nested
  class ProblemsAsInputs {

    @Test
    void aProblemsTitleAndDescriptionFromTheFormAreEachScreenedOnce() throws Exception {
      String title = "Mörk gångtunnel " + UUID.randomUUID();
      String description = "Ingen belysning " + UUID.randomUUID();
      MockHttpSession session = signIn(coordinator);
      mvc.perform(
              post("/personal/lagesbild/problem")
                  .session(session)
                  .with(onHost())
                  .with(csrf())
                  .param("problemToken", UUID.randomUUID().toString())
                  .param("problemTitle", title)
                  .param("problemDescription", description))
          .andExpect(status().is3xxRedirection());
      assertThat(lagesbilder.problems(municipality))
          .extracting(LagesbildProblem::title)
          .contains(title);
      assertThat(screener.screenings(title)).isEqualTo(1);
      assertThat(screener.screenings(description)).isEqualTo(1);
    }

    @Test
    void aProblemTitleWithPersonalDataIsRefusedOnItsFieldAndKeptInTheForm() throws Exception {
      String title = "Ring 070-123 45 67 om tunneln";
      MockHttpSession session = signIn(coordinator);
      mvc.perform(
              post("/personal/lagesbild/problem")
                  .session(session)
                  .with(onHost())
                  .with(csrf())
                  .param("problemToken", UUID.randomUUID().toString())
                  .param("problemTitle", title))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("id=\"problemTitle-error\"")))
          .andExpect(content().string(containsString("070-123 45 67")));
      assertThat(lagesbilder.problems(municipality))
          .extracting(LagesbildProblem::title)
          .doesNotContain(title);
    }

    @Test
    void measuresLinkToProblemsAndTheProblemShowsWhichMeasuresAnswerIt() throws Exception {
      UUID problem = UUID.randomUUID();
      identify.identify(
          municipality,
          new IdentifyLagesbildProblem.Input(problem, "Otrygg busstation", "", null),
          actor);
      InputRef ref = new InputRef(InputRef.LAGESBILD_ITEM, problem);
      assertThat(linkInput.label(municipality, ref)).contains("Otrygg busstation");
      assertThat(
              linkInput.label(
                  municipality, new InputRef(InputRef.LAGESBILD_ITEM, UUID.randomUUID())))
          .isEmpty();
      // Another municipality's problem is not found.
      assertThat(linkInput.label(StaffMother.tenant(municipalities).id(), ref)).isEmpty();

      MeasureId measure =
          proposeMeasure.propose(
              municipality,
              new ProposeMeasure.Input(
                  UUID.randomUUID(),
                  MeasureKind.PROPOSAL,
                  "Belysning vid busstationen",
                  "Fler lampor.",
                  Horizon.SHORT_TERM,
                  "Tekniska avdelningen",
                  OwnerKind.MUNICIPALITY,
                  "",
                  "Tryggare kvällar",
                  MeasureType.SITUATIONAL,
                  null,
                  today.plusMonths(6),
                  List.of(ref)),
              actor);
      assertThat(measures.linkedTo(municipality, ref))
          .extracting(v -> v.measure().id())
          .containsExactly(measure);

      // A second measure is linked from the problem on the lägesbild page.
      MeasureId second =
          proposeMeasure.propose(
              municipality,
              new ProposeMeasure.Input(
                  UUID.randomUUID(),
                  MeasureKind.PROPOSAL,
                  "Vuxna på plats vid busstationen",
                  "Nattvandrare.",
                  Horizon.SHORT_TERM,
                  "Föreningar",
                  OwnerKind.ASSOCIATION,
                  "",
                  "",
                  MeasureType.SOCIAL,
                  null,
                  null,
                  List.of()),
              actor);
      MockHttpSession session = signIn(coordinator);
      mvc.perform(
              post("/personal/lagesbild/problem/" + problem + "/koppla")
                  .session(session)
                  .with(onHost())
                  .with(csrf())
                  .param("measure-" + problem, "inte-ett-id"))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("Välj en åtgärd i listan.")));
      mvc.perform(
              post("/personal/lagesbild/problem/" + problem + "/koppla")
                  .session(session)
                  .with(onHost())
                  .with(csrf())
                  .param("measure-" + problem, second.value().toString()))
          .andExpect(status().is3xxRedirection());
      assertThat(measures.linkedTo(municipality, ref))
          .extracting(v -> v.measure().id())
          .containsExactlyInAnyOrder(measure, second);
      mvc.perform(get("/personal/lagesbild").session(session).with(onHost()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Otrygg busstation")))
          .andExpect(content().string(containsString("Belysning vid busstationen")))
          .andExpect(content().string(containsString("Vuxna på plats vid busstationen")));
    }
  }

  @Nested
  class Sources {

    @Test
    void placeReportsAreCountedPerCategoryAndAreaWithoutAnyText() {
      MunicipalityId lysekil = StaffMother.tenant(municipalities).id();
      LocalDate from = today.minusYears(5);
      long published =
          jdbc.sql(
                  "SELECT count(*) FROM place_report WHERE municipality_id = :m"
                      + " AND status = 'PUBLISHED' AND reported_at >= :from")
              .param("m", lysekil.value())
              .param(
                  "from",
                  from.atStartOfDay(java.time.ZoneId.of("Europe/Stockholm")).toOffsetDateTime())
              .query(Long.class)
              .single();
      assertThat(published).as("the demo has published place reports").isPositive();
      List<LagesbildFact> facts = lagesbilder.availableFacts(lysekil, from, today);
      LagesbildFact byCategory =
          facts.stream().filter(f -> f.key().equals("place.byCategory")).findFirst().orElseThrow();
      LagesbildFact byArea =
          facts.stream().filter(f -> f.key().equals("place.byArea")).findFirst().orElseThrow();
      assertThat(byCategory.rows().stream().mapToLong(LagesbildFact.Row::count).sum())
          .isEqualTo(published);
      assertThat(byArea.rows().stream().mapToLong(LagesbildFact.Row::count).sum())
          .isEqualTo(published);
      List<String> publicTexts =
          jdbc.sql("SELECT coalesce(public_text, '') FROM place_report WHERE municipality_id = :m")
              .param("m", lysekil.value())
              .query(String.class)
              .list();
      for (LagesbildFact fact : List.of(byCategory, byArea)) {
        for (LagesbildFact.Row row : fact.rows()) {
          assertThat(publicTexts).doesNotContain(row.label());
        }
      }
      assertThat(lagesbilder.availableFacts(municipality, from, today))
          .noneMatch(f -> f.key().startsWith("place."));
    }
  }

  @Nested
  class PermissionsAndPublicPages {

    @Test
    void aReporterCannotEditAndAResidentIsSentToSignIn() throws Exception {
      MockHttpSession reporter = signIn(staff(Role.FIELD_REPORTER));
      mvc.perform(get("/personal/lagesbild").session(reporter).with(onHost()))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/personal/lagesbild/utkast")
                  .session(reporter)
                  .with(onHost())
                  .with(csrf())
                  .param("revision", "0")
                  .param("title", "Kapad")
                  .param("factsFrom", "2025-01-01")
                  .param("factsTo", "2025-12-31")
                  .param("analysisText", "Kapad analys"))
          .andExpect(status().isForbidden());
      mvc.perform(get("/personal/lagesbild/import").session(reporter).with(onHost()))
          .andExpect(status().isForbidden());

      mvc.perform(get("/personal/lagesbild").with(onHost()))
          .andExpect(status().is3xxRedirection())
          .andExpect(header().string("Location", containsString("/logga-in")));
      mvc.perform(
              post("/personal/lagesbild/anta")
                  .with(onHost())
                  .with(csrf())
                  .param("expectedVersion", "1")
                  .param("adoptedBy", "Ingen")
                  .param("adoptedOn", today.toString()))
          .andExpect(status().is3xxRedirection());
      assertThat(lagesbilder.draft(municipality, today).title()).isNotEqualTo("Kapad");
      assertThat(lagesbilder.versions(municipality)).isEmpty();
    }

    @Test
    void anElectedOfficialReadsTheDraftButCannotEditIt() throws Exception {
      MockHttpSession official = signIn(staff(Role.ELECTED_OFFICIAL));
      mvc.perform(get("/personal/lagesbild").session(official).with(onHost()))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString("action=\"/personal/lagesbild/anta\""))));
      mvc.perform(
              post("/personal/lagesbild/problem")
                  .session(official)
                  .with(onHost())
                  .with(csrf())
                  .param("problemTitle", "Inte tillåtet"))
          .andExpect(status().isForbidden());
      assertThat(lagesbilder.problems(municipality)).isEmpty();
    }

    @Test
    void publicPagesShowOnlyAdoptedVersions() throws Exception {
      mvc.perform(get("/lagesbild").with(onHost()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("inte antagit någon lägesbild")));
      importCsv("kategori;period;antal\nSkadegörelse;2025;4711\n");
      saveDraft("Den antagna analysen.");
      adoptNow("Kommunstyrelsen");
      saveDraft("Hemligt utkast som inte är antaget.");

      mvc.perform(get("/lagesbild").with(onHost()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Den antagna analysen.")))
          .andExpect(content().string(containsString("Del 1. Kartläggning av brottsligheten")))
          .andExpect(content().string(containsString("Del 2. Annan relevant information")))
          .andExpect(content().string(containsString("Del 3. Analys")))
          .andExpect(content().string(containsString("4711")))
          .andExpect(content().string(not(containsString("Hemligt utkast"))));
      mvc.perform(get("/lagesbild/version/1").with(onHost()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Den antagna analysen.")));
      mvc.perform(get("/lagesbild/version/2").with(onHost())).andExpect(status().isNotFound());
      mvc.perform(get("/lagesbild/version/2.pdf").with(onHost())).andExpect(status().isNotFound());

      byte[] pdf =
          mvc.perform(get("/lagesbild/version/1.pdf").with(onHost()))
              .andExpect(status().isOk())
              .andExpect(header().string("Content-Type", "application/pdf"))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
        assertThat(new PDFTextStripper().getText(document))
            .contains("Den antagna analysen.", "4711", "Testkommun");
      }
    }
  }
}
