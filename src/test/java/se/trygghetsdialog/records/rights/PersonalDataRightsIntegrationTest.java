package se.trygghetsdialog.records.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.feedback.FollowerMailbox;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.records.AuditEntry;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A resident's access to and erasure of what is tied to their e-mail address, the staff
 * registerutdrag, and the privacy notice.
 */
@IntegrationTest
class PersonalDataRightsIntegrationTest {

  static final Pattern LINK = Pattern.compile("(/mina-uppgifter/visa/[A-Za-z0-9_-]+)");

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired PersonalData personalData;
  @Autowired AuditLog auditLog;

  MockMvc mvc;
  MunicipalityId municipality;
  String email;
  String marker;

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
    municipality = StaffMother.tenant(municipalities).id();
    marker = "Hemligsson" + UUID.randomUUID().toString().substring(0, 6);
    email = "rights-" + UUID.randomUUID().toString().substring(0, 8) + "@invanare.example";
  }

  String body(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  /** A client address of its own, so the rate limit of other tests' requests does not count. */
  static org.springframework.test.web.servlet.request.RequestPostProcessor uniqueClient() {
    String address =
        "10.7."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(256)
            + "."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  String linkFor(String address) throws Exception {
    mvc.perform(post("/mina-uppgifter").param("email", address).with(csrf()).with(uniqueClient()))
        .andExpect(redirectedUrl("/mina-uppgifter/skickat"));
    return FollowerMailbox.linkPath(
        LINK, FollowerMailbox.await(address.strip().toLowerCase(Locale.ROOT), "Dina uppgifter"));
  }

  @Test
  void theResidentSeesExportsAndErasesWhatIsTiedToTheAddress() throws Exception {
    UUID report = RightsSeed.placeReport(jdbc, municipality, email, "Jag är " + marker);
    RightsSeed.accessibilityReport(jdbc, municipality, email.toUpperCase(), "Svårt, " + marker);
    RightsSeed.follower(jdbc, municipality, email);

    String link = linkFor(" " + email.toUpperCase() + " ");
    String page = body(mvc.perform(get(link + "?lang=sv")).andExpect(status().isOk()));
    assertThat(page)
        .contains("En platsrapport som du skickade med din e-postadress")
        .contains("En rapport om ett tillgänglighetsproblem")
        .contains("En dialog som du följer")
        .contains("Det finns 3 saker sparade");

    String json = body(mvc.perform(get(link + "/mina-uppgifter.json")).andExpect(status().isOk()));
    assertThat(json).contains(email).contains(marker).contains(report.toString());

    mvc.perform(post(link + "/radera").with(csrf()))
        .andExpect(redirectedUrl("/mina-uppgifter/raderat"));
    assertThat(RightsSeed.remaining(jdbc, email)).isZero();
    assertThat(
            jdbc.sql("SELECT count(*) FROM place_report WHERE report_id = :id AND description = ''")
                .param("id", report)
                .query(Integer.class)
                .single())
        .as("the report stays for the counts, without the text")
        .isOne();
    assertThat(
            jdbc.sql("SELECT count(*) FROM place_photo WHERE report_id = :id")
                .param("id", report)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(body(mvc.perform(get(link + "?lang=sv")).andExpect(status().isOk())))
        .contains("Vi har ingenting sparat med den här e-postadressen");

    AuditEntry erased =
        await("erasure audited")
            .atMost(Duration.ofSeconds(15))
            .until(
                () ->
                    auditLog.newestFirst(municipality, 200, 0).stream()
                        .filter(e -> e.action().equals("records.personal-data-erased"))
                        .filter(e -> e.details().contains("items=3"))
                        .findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(erased.details() + erased.subject()).doesNotContainIgnoringCase(email);
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAndALinkShowingNothing() throws Exception {
    String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    String link = linkFor(unknown);
    assertThat(body(mvc.perform(get(link + "?lang=sv")).andExpect(status().isOk())))
        .contains("Vi har ingenting sparat");
  }

  @Test
  void aForgedExpiredOrOtherMunicipalitysLinkIsRefused() throws Exception {
    mvc.perform(get("/mina-uppgifter/visa/not-a-token")).andExpect(status().isNotFound());
    String expired =
        personalData.token(municipality, email, Instant.now().minus(Duration.ofMinutes(1)));
    mvc.perform(get("/mina-uppgifter/visa/" + expired)).andExpect(status().isNotFound());
    mvc.perform(post("/mina-uppgifter/visa/" + expired + "/radera").with(csrf()))
        .andExpect(status().isNotFound());
    String elsewhere =
        personalData.token(
            new MunicipalityId(UUID.randomUUID()), email, Instant.now().plusSeconds(600));
    mvc.perform(get("/mina-uppgifter/visa/" + elsewhere)).andExpect(status().isNotFound());
  }

  @Test
  void aBadAddressIsRefusedWithAMessage() throws Exception {
    assertThat(
            body(
                mvc.perform(
                        post("/mina-uppgifter?lang=sv")
                            .param("email", "inte en adress")
                            .with(csrf())
                            .with(uniqueClient()))
                    .andExpect(status().isBadRequest())))
        .contains("Skriv e-postadressen i rätt format");
  }

  StaffMember staff(Role role) {
    return accounts.createWithPassword(
        municipality,
        StaffMother.uniqueEmail("utdrag"),
        "Utdrag " + role,
        Set.of(role),
        null,
        FreshMunicipality.PASSWORD);
  }

  MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, StaffMember member)
      throws Exception {
    MockHttpSession session = StaffSessions.signIn(mvc, member.email(), FreshMunicipality.PASSWORD);
    return request.session(session);
  }

  @Test
  void aRegistrarOrAdministratorProducesARegisterExtractOthersAreRefused() throws Exception {
    RightsSeed.placeReport(jdbc, municipality, email, "Jag är " + marker);
    for (Role role : new Role[] {Role.REGISTRAR, Role.ADMINISTRATOR}) {
      StaffMember member = staff(role);
      String page =
          body(
              mvc.perform(
                      as(post("/personal/registerutdrag?lang=sv"), member)
                          .param("email", email)
                          .with(csrf()))
                  .andExpect(status().isOk()));
      assertThat(page).contains("En sak sparad med adressen").contains(marker);
      String json =
          body(
              mvc.perform(
                      as(post("/personal/registerutdrag/registerutdrag.json"), member)
                          .param("email", email)
                          .with(csrf()))
                  .andExpect(status().isOk()));
      assertThat(json).contains(marker);
      byte[] pdf =
          mvc.perform(
                  as(post("/personal/registerutdrag/registerutdrag.pdf"), member)
                      .param("email", email)
                      .with(csrf()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
            .contains(marker)
            .contains(email);
      }
    }
    for (Role role : new Role[] {Role.PROCESS_LEADER, Role.MODERATOR}) {
      StaffMember member = staff(role);
      mvc.perform(as(get("/personal/registerutdrag"), member)).andExpect(status().isForbidden());
      mvc.perform(as(post("/personal/registerutdrag"), member).param("email", email).with(csrf()))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void anAdministratorPublishesThePrivacyNoticeAsANewVersion() throws Exception {
    FreshMunicipality fresh = FreshMunicipality.register(municipalities);
    StaffMember admin = fresh.staff(accounts, "Policy Admin", Role.ADMINISTRATOR);
    String before = body(mvc.perform(fresh.on(get("/personuppgifter?lang=sv"))));
    assertThat(before).contains("Det här är tjänstens förslag").contains(fresh.tenant().name());
    MockHttpSession session = fresh.signIn(mvc, admin);
    mvc.perform(
            fresh.on(
                post("/personal/admin/personuppgifter")
                    .param("body", "")
                    .session(session)
                    .with(csrf())))
        .andExpect(status().isBadRequest());
    String text = "Vi sparar så lite som möjligt " + marker + ".\n\nAndra stycket.";
    mvc.perform(
            fresh.on(
                post("/personal/admin/personuppgifter")
                    .param("body", text)
                    .session(session)
                    .with(csrf())))
        .andExpect(status().is3xxRedirection());
    String after = body(mvc.perform(fresh.on(get("/personuppgifter?lang=sv"))));
    assertThat(after)
        .contains(marker)
        .contains("Version 1")
        .contains("<p class=\"govuk-body\">Andra stycket.</p>");
    assertThat(body(mvc.perform(fresh.on(get("/mina-uppgifter?lang=sv")))))
        .contains("href=\"/personuppgifter\"");
  }
}
