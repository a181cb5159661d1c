package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import se.trygghetsdialog.records.AuditEntry;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Staff sign-in through the municipality's own identity provider, against a real mock-oauth2-server
 * on a free port: the ID token's verified e-mail address picks the staff account of that
 * municipality, the roles come from the product, and everything else is refused with a reason;
 * password sign-in can be switched off once the identity provider has worked.
 */
@IntegrationTest
class StaffIdpSignInTest {

  static MockOAuth2Server idp;
  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts staff;
  @Autowired StaffIdps idps;
  @Autowired InviteStaffMember invite;
  @Autowired AuditLog auditLog;

  MockMvc mvc;
  FreshMunicipality home;
  StaffMember admin;

  @BeforeAll
  static void startIdp() {
    idp = new MockOAuth2Server();
    idp.start(0);
  }

  @AfterAll
  static void stopIdp() {
    idp.shutdown();
  }

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
    home = FreshMunicipality.register(municipalities);
    admin = home.staff(staff, "Admin", Role.ADMINISTRATOR);
  }

  static String issuer(FreshMunicipality municipality) {
    return idp.issuerUrl("kommun-" + municipality.tenant().code()).toString();
  }

  void configure(FreshMunicipality municipality, StaffMember administrator) {
    idps.configure(
        municipality.tenant().id(),
        staff.actingAs(administrator),
        new StaffIdps.Command(issuer(municipality), "trygghetsdialog", "hemlig-klient-123"));
  }

  /** The whole redirect dance: app, identity provider, back to the app's callback. */
  MvcResult signInThroughIdp(FreshMunicipality municipality, Map<String, Object> claims)
      throws Exception {
    MvcResult start =
        mvc.perform(
                municipality.on(
                    get(
                        "/oauth2/authorization/"
                            + StaffIdps.registrationId(municipality.tenant().id()))))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    MockHttpSession session = (MockHttpSession) start.getRequest().getSession(false);
    String authorize = start.getResponse().getRedirectedUrl();
    assertThat(authorize).startsWith(issuer(municipality));
    UriComponents request = UriComponentsBuilder.fromUriString(authorize).build();
    assertThat(request.getQueryParams().keySet())
        .contains("state", "nonce", "code_challenge", "code_challenge_method");
    idp.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "kommun-" + municipality.tenant().code(),
            "subject-" + claims.getOrDefault("email", "none"),
            "JWT",
            null,
            claims,
            3600));
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(authorize)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(302);
    UriComponents callback =
        UriComponentsBuilder.fromUriString(answer.headers().firstValue("Location").orElseThrow())
            .build();
    assertThat(callback.getHost()).isEqualTo(municipality.host());
    var back = municipality.on(get(callback.getPath()));
    callback
        .getQueryParams()
        .forEach(
            (name, values) ->
                back.param(
                    name,
                    java.net.URLDecoder.decode(
                        values.get(0), java.nio.charset.StandardCharsets.UTF_8)));
    return mvc.perform(back.session(session)).andReturn();
  }

  static Map<String, Object> claims(String email, Object... more) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("email", email);
    for (int i = 0; i < more.length; i += 2) {
      claims.put((String) more[i], more[i + 1]);
    }
    return claims;
  }

  static StaffPrincipal principal(MvcResult result) {
    MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
    assertThat(session).isNotNull();
    SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
    assertThat(context).isNotNull();
    assertThat(context.getAuthentication().getPrincipal()).isInstanceOf(StaffPrincipal.class);
    return (StaffPrincipal) context.getAuthentication().getPrincipal();
  }

  static String refusalReason(MvcResult result) {
    String target = result.getResponse().getRedirectedUrl();
    assertThat(target).startsWith("/logga-in/nekad?skal=");
    return target.substring("/logga-in/nekad?skal=".length());
  }

  @Test
  void anAdministratorSetsTheIdpAndAStaffMemberSignsInWithTheProductsRoles() throws Exception {
    MockHttpSession adminSession = home.signIn(mvc, admin);
    mvc.perform(
            home.on(post("/personal/admin/inloggning"))
                .param("issuerUri", issuer(home))
                .param("clientId", "trygghetsdialog")
                .param("clientSecret", "topphemligt-42")
                .session(adminSession)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    String page =
        mvc.perform(home.on(get("/personal/admin/inloggning")).session(adminSession))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(issuer(home)).doesNotContain("topphemligt-42");
    assertThat(
            mvc.perform(home.on(get("/logga-in"))).andReturn().getResponse().getContentAsString())
        .contains("/oauth2/authorization/" + StaffIdps.registrationId(home.tenant().id()))
        .contains("Nya kommunen " + home.tenant().code() + "s inloggning");

    StaffMember moderator = home.staff(staff, "Moderator", Role.MODERATOR);
    MvcResult result =
        signInThroughIdp(
            home,
            claims(
                moderator.email().toUpperCase(Locale.ROOT),
                "email_verified",
                true,
                "roles",
                List.of("ADMINISTRATOR")));

    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/personal");
    StaffPrincipal signedIn = principal(result);
    assertThat(signedIn.accountId()).isEqualTo(moderator.id());
    assertThat(signedIn.municipalityId()).isEqualTo(home.tenant().id());
    assertThat(signedIn.roles()).isEqualTo(Set.of(Role.MODERATOR));
    MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
    mvc.perform(home.on(get("/personal")).session(session)).andExpect(status().isOk());
    mvc.perform(home.on(get("/personal/admin")).session(session)).andExpect(status().isForbidden());
    assertThat(idps.settings(home.tenant().id()).orElseThrow().verified()).isTrue();

    List<AuditEntry> audit = auditLog.about(home.tenant().id(), "staff-idp");
    assertThat(audit)
        .anySatisfy(
            entry -> {
              assertThat(entry.action()).isEqualTo("identity.staffIdpConfigured");
              assertThat(entry.details()).contains(issuer(home)).doesNotContain("topphemligt");
            });
  }

  @Test
  void anInvitedAccountBecomesActiveThroughTheIdp() throws Exception {
    configure(home, admin);
    StaffMember invited =
        invite.invite(
            home.tenant(),
            new InviteStaffMember.Input(
                StaffSessions.uniqueEmail("inbjuden"),
                "Inbjuden",
                Set.of(Role.FIELD_REPORTER),
                null),
            admin.id(),
            Locale.forLanguageTag("sv"));
    assertThat(staff.overview(home.tenant().id(), invited.id()).orElseThrow().status())
        .isEqualTo(StaffStatus.INVITED);

    MvcResult result = signInThroughIdp(home, claims(invited.email()));

    assertThat(principal(result).accountId()).isEqualTo(invited.id());
    assertThat(staff.overview(home.tenant().id(), invited.id()).orElseThrow().status())
        .isEqualTo(StaffStatus.ACTIVE);
  }

  @Test
  void anUnknownAddressIsRefusedWithAReasonAndNothingIsCreated() throws Exception {
    configure(home, admin);
    String unknown = StaffSessions.uniqueEmail("okand");

    MvcResult result = signInThroughIdp(home, claims(unknown, "email_verified", true));

    assertThat(refusalReason(result)).isEqualTo("unknown_account");
    assertThat(staff.findByEmail(home.tenant().id(), unknown)).isEmpty();
    MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
    assertThat(session == null ? null : session.getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
    String page =
        mvc.perform(home.on(get("/logga-in/nekad?skal=unknown_account")))
            .andExpect(status().isForbidden())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Det finns inget konto för personal i Nya kommunen");
    mvc.perform(
            home.on(get("/personal")).session(session == null ? new MockHttpSession() : session))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void anAccountOfAnotherMunicipalityIsRefused() throws Exception {
    configure(home, admin);
    FreshMunicipality other = FreshMunicipality.register(municipalities);
    StaffMember elsewhere = other.staff(staff, "Annanstans", Role.ADMINISTRATOR);

    MvcResult result = signInThroughIdp(home, claims(elsewhere.email(), "email_verified", true));

    assertThat(refusalReason(result)).isEqualTo("unknown_account");
  }

  @Test
  void anUnverifiedAddressIsRefused() throws Exception {
    configure(home, admin);
    StaffMember member = home.staff(staff, "Overifierad", Role.MODERATOR);

    MvcResult result = signInThroughIdp(home, claims(member.email(), "email_verified", false));

    assertThat(refusalReason(result)).isEqualTo("email_not_verified");
  }

  @Test
  void aUserPrincipalNameThatIsAnAddressIsUsedWithoutAnEmailClaim() throws Exception {
    configure(home, admin);
    StaffMember member = home.staff(staff, "Upn", Role.MODERATOR);
    Map<String, Object> claims = new HashMap<>();
    claims.put("upn", member.email());

    MvcResult result = signInThroughIdp(home, claims);

    assertThat(principal(result).accountId()).isEqualTo(member.id());
  }

  @Test
  void passwordSignInCanBeSwitchedOffOnlyOnceTheIdpWorkedAndOnAgain() throws Exception {
    MockHttpSession adminSession = home.signIn(mvc, admin);
    configure(home, admin);
    mvc.perform(
            home.on(post("/personal/admin/inloggning/losenord"))
                .param("allowed", "false")
                .session(adminSession)
                .with(csrf()))
        .andExpect(status().isConflict());
    assertThat(idps.passwordSignInAllowed(home.tenant().id())).isTrue();

    signInThroughIdp(home, claims(admin.email()));
    mvc.perform(
            home.on(post("/personal/admin/inloggning/losenord"))
                .param("allowed", "false")
                .session(adminSession)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    MvcResult refused =
        mvc.perform(
                home.on(post("/logga-in"))
                    .param("email", admin.email())
                    .param("password", FreshMunicipality.PASSWORD)
                    .with(csrf()))
            .andExpect(status().isSeeOther())
            .andReturn();
    assertThat(refused.getResponse().getHeader("Location")).isEqualTo("/logga-in?losenord-av");
    MockHttpSession after = (MockHttpSession) refused.getRequest().getSession(false);
    assertThat(after == null ? null : after.getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
    String page =
        mvc.perform(home.on(get("/logga-in?losenord-av")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).doesNotContain("name=\"password\"").contains("id=\"idp\"");
    // The identity provider cannot be changed while it is the only way in.
    mvc.perform(
            home.on(post("/personal/admin/inloggning"))
                .param("issuerUri", issuer(home))
                .param("clientId", "annan")
                .param("clientSecret", "")
                .session(adminSession)
                .with(csrf()))
        .andExpect(status().isBadRequest());

    mvc.perform(
            home.on(post("/personal/admin/inloggning/losenord"))
                .param("allowed", "true")
                .session(adminSession)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    home.signIn(mvc, admin);
    Optional<AuditEntry> switched =
        auditLog.about(home.tenant().id(), "staff-idp").stream()
            .filter(e -> e.action().equals("identity.passwordSignInSwitched"))
            .findFirst();
    assertThat(switched).isPresent();
  }

  @Test
  void thePlatformOperatorSwitchesPasswordSignInBackOn() throws Exception {
    configure(home, admin);
    signInThroughIdp(home, claims(admin.email()));
    assertThat(idps.switchPasswordSignIn(home.tenant().id(), staff.actingAs(admin), false))
        .isEmpty();
    assertThat(idps.passwordSignInAllowed(home.tenant().id())).isFalse();

    MockHttpSession operator =
        (MockHttpSession)
            mvc.perform(
                    formLogin("/plattform/logga-in")
                        .user("email", "operator@plattform.example")
                        .password("password", "Trygghet2026!"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getRequest()
                .getSession(false);
    assertThat(
            mvc.perform(get("/plattform/kommuner").session(operator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("/plattform/kommuner/" + home.tenant().id().value() + "/losenord");
    mvc.perform(
            post("/plattform/kommuner/" + home.tenant().id().value() + "/losenord")
                .session(operator)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(idps.passwordSignInAllowed(home.tenant().id())).isTrue();
    home.signIn(mvc, admin);
  }

  @Test
  void theIdpSessionIsRefusedOnAnotherMunicipalitysHost() throws Exception {
    configure(home, admin);
    FreshMunicipality other = FreshMunicipality.register(municipalities);
    StaffMember member = home.staff(staff, "Hemma", Role.MODERATOR);

    MvcResult result = signInThroughIdp(home, claims(member.email()));
    MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);

    mvc.perform(home.on(get("/personal")).session(session)).andExpect(status().isOk());
    mvc.perform(other.on(get("/personal")).session(session)).andExpect(status().isNotFound());
    // Nor can the sign-in be started with this municipality's registration on the other host.
    mvc.perform(
            other.on(get("/oauth2/authorization/" + StaffIdps.registrationId(home.tenant().id()))))
        .andExpect(r -> assertThat(r.getResponse().getStatus()).isNotEqualTo(302).isLessThan(500));
  }

  @Test
  void aBadIssuerIsAClearErrorNotAFailure() throws Exception {
    MockHttpSession adminSession = home.signIn(mvc, admin);
    for (String bad : List.of("ftp://idp.example", "http://idp.example/x", "inte en adress")) {
      mvc.perform(
              home.on(post("/personal/admin/inloggning"))
                  .param("issuerUri", bad)
                  .param("clientId", "x")
                  .param("clientSecret", "y")
                  .session(adminSession)
                  .with(csrf()))
          .andExpect(status().isBadRequest());
    }
    assertThat(idps.settings(home.tenant().id())).isEmpty();
  }
}
