package se.trygghetsdialog.records.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.records.registration.RegistrationEntry;
import se.trygghetsdialog.records.registration.Registry;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The registrar's registration page, its CSV and JSON exports, the diarienummer import and the
 * diarium's read API, in a municipality of its own.
 */
@IntegrationTest
class RegistrationWebTest {

  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Registry registry;
  @Autowired AuditLog auditLog;
  @Autowired TransactionTemplate tx;

  MockMvc mvc;
  FreshMunicipality fresh;
  MunicipalityId m;

  record Submitted(MunicipalityId municipalityId, RecordKind recordKind, String recordId)
      implements Registrable {
    @Override
    public String registrationTitle() {
      return "Platsrapport: Belysning";
    }

    @Override
    public OffsetDateTime submittedAt() {
      return OffsetDateTime.now();
    }
  }

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
    fresh = FreshMunicipality.register(municipalities);
    m = fresh.tenant().id();
  }

  RegistrationEntry submitted(RecordKind kind) {
    String id = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> context.publishEvent(new Submitted(m, kind, id)));
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> registry.find(m, kind, id), java.util.Optional::isPresent)
        .orElseThrow();
  }

  MockHttpSession signedIn(Role role) throws Exception {
    return fresh.signIn(mvc, fresh.staff(accounts, "Rut " + role.name(), role));
  }

  String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aRegistrarSeesTheEntriesFilteredByKindAndOthersAreRefused() throws Exception {
    RegistrationEntry report = submitted(RecordKind.PLACE_REPORT);
    RegistrationEntry statement = submitted(RecordKind.STATEMENT);
    MockHttpSession registrar = signedIn(Role.REGISTRAR);

    String all =
        body(
            mvc.perform(fresh.on(get("/personal/registrering")).session(registrar))
                .andExpect(status().isOk()));
    String reports =
        body(
            mvc.perform(fresh.on(get("/personal/registrering?typ=PLACE_REPORT")).session(registrar))
                .andExpect(status().isOk()));

    assertThat(all).contains(report.recordId()).contains(statement.recordId());
    assertThat(reports).contains(report.recordId()).doesNotContain(statement.recordId());
    mvc.perform(fresh.on(get("/personal/registrering")).session(signedIn(Role.MODERATOR)))
        .andExpect(status().isForbidden());
    mvc.perform(fresh.on(get("/personal/registrering"))).andExpect(status().is3xxRedirection());
    mvc.perform(fresh.on(get("/personal/registrering?fran=igår")).session(registrar))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theExportsHoldEveryColumnAndAreAudited() throws Exception {
    RegistrationEntry report = submitted(RecordKind.PLACE_REPORT);
    MockHttpSession registrar = signedIn(Role.REGISTRAR);

    String csv =
        body(
            mvc.perform(fresh.on(get("/personal/registrering/export.csv")).session(registrar))
                .andExpect(status().isOk()));
    String json =
        body(
            mvc.perform(
                    fresh
                        .on(get("/personal/registrering/export.json?diarienummer=utan"))
                        .session(registrar))
                .andExpect(status().isOk()));

    assertThat(csv)
        .contains(
            "position;registered_at;kind;record_id;organisation_id;organisation;title;diarienummer")
        .contains(";PLACE_REPORT;" + report.recordId() + ";;;Platsrapport: Belysning;");
    assertThat(json)
        .startsWith("{\"entries\":[")
        .contains("\"recordId\":\"" + report.recordId() + "\"")
        .contains("\"diarienummer\":null");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                auditLog.about(m, "registration").stream()
                    .filter(e -> e.action().equals("records.registrations-exported"))
                    .count(),
            n -> n >= 2);
  }

  @Test
  void importingDiarienummerIsAllOrNothingAndErrorsNameTheFileAndTheLine() throws Exception {
    RegistrationEntry first = submitted(RecordKind.PLACE_REPORT);
    RegistrationEntry second = submitted(RecordKind.WALK_POINT);
    MockHttpSession registrar = signedIn(Role.REGISTRAR);
    String bad =
        "kind,id,diarienummer\n"
            + "PLACE_REPORT,"
            + first.recordId()
            + ",KS 2026/11\n"
            + "WALK_POINT,"
            + UUID.randomUUID()
            + ",KS 2026/12\n";

    String page =
        body(
            mvc.perform(
                    fresh.on(
                        multipart("/personal/registrering/import")
                            .file(
                                new MockMultipartFile(
                                    "fil",
                                    "diarium.csv",
                                    "text/csv",
                                    bad.getBytes(StandardCharsets.UTF_8)))
                            .session(registrar)
                            .with(csrf())))
                .andExpect(status().isOk()));

    assertThat(page).contains("diarium.csv, rad 3");
    assertThat(
            registry
                .find(m, RecordKind.PLACE_REPORT, first.recordId())
                .orElseThrow()
                .diarienummer())
        .isNull();

    String good =
        "kind;id;diarienummer\r\n"
            + "PLACE_REPORT;"
            + first.recordId()
            + ";KS 2026/11\r\n\r\n"
            + "walk_point;\""
            + second.recordId()
            + "\";\"KS 2026/12\"\r\n";
    mvc.perform(
            fresh.on(
                multipart("/personal/registrering/import")
                    .file(
                        new MockMultipartFile(
                            "fil",
                            "diarium.csv",
                            "text/csv",
                            good.getBytes(StandardCharsets.UTF_8)))
                    .session(registrar)
                    .with(csrf())))
        .andExpect(status().is3xxRedirection());

    assertThat(
            registry
                .find(m, RecordKind.PLACE_REPORT, first.recordId())
                .orElseThrow()
                .diarienummer())
        .isEqualTo("KS 2026/11");
    assertThat(
            registry.find(m, RecordKind.WALK_POINT, second.recordId()).orElseThrow().diarienummer())
        .isEqualTo("KS 2026/12");
    String withNumber =
        body(
            mvc.perform(fresh.on(get("/personal/registrering?diarienummer=med")).session(registrar))
                .andExpect(status().isOk()));
    assertThat(withNumber).contains(first.recordId()).contains("KS 2026/11");
  }

  @Test
  void theReadApiNeedsTheMunicipalitysTokenAndPagesByCursor() throws Exception {
    mvc.perform(fresh.on(get("/api/registrering?since=0"))).andExpect(status().isUnauthorized());
    RegistrationEntry one = submitted(RecordKind.PLACE_REPORT);
    RegistrationEntry two = submitted(RecordKind.TOPIC);
    MockHttpSession admin = signedIn(Role.ADMINISTRATOR);
    mvc.perform(
            fresh
                .on(post("/personal/admin/registrering/nyckel"))
                .session(signedIn(Role.REGISTRAR))
                .with(csrf()))
        .andExpect(status().isForbidden());
    String tokenPage =
        body(
            mvc.perform(
                    fresh
                        .on(post("/personal/admin/registrering/nyckel"))
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().isOk()));
    Matcher token =
        Pattern.compile("<code id=\"token\">([A-Za-z0-9_-]{43})</code>").matcher(tokenPage);
    assertThat(token.find()).isTrue();

    mvc.perform(
            fresh
                .on(get("/api/registrering?since=0"))
                .header("Authorization", "Bearer " + "x".repeat(43)))
        .andExpect(status().isUnauthorized());
    String page1 =
        body(
            mvc.perform(
                    fresh
                        .on(get("/api/registrering?since=0&limit=1"))
                        .header("Authorization", "Bearer " + token.group(1)))
                .andExpect(status().isOk()));
    String page2 =
        body(
            mvc.perform(
                    fresh
                        .on(get("/api/registrering?since=" + one.position()))
                        .header("Authorization", "Bearer " + token.group(1)))
                .andExpect(status().isOk()));

    assertThat(page1)
        .contains(one.recordId())
        .doesNotContain(two.recordId())
        .contains("\"next\":" + one.position())
        .contains("\"more\":true");
    assertThat(page2)
        .contains(two.recordId())
        .doesNotContain(one.recordId())
        .contains("\"more\":false");
  }
}
