package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.records.AuditEntry;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;

@IntegrationTest
class StaffAdministrationTest {

  static final String PASSWORD = "Trygghet2026!";
  static final Pattern LINK = Pattern.compile("/konto/aktivera/([A-Za-z0-9_-]+)");

  @Autowired WebApplicationContext context;
  @Autowired StaffAccounts staff;
  @Autowired Municipalities municipalities;
  @Autowired AuditLog auditLog;

  MockMvc mvc;
  Tenant tenant;

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
    tenant = municipalities.resolve("localhost");
  }

  StaffMember account(String prefix, Role... roles) {
    return staff.createWithPassword(
        tenant.id(), StaffSessions.uniqueEmail(prefix), prefix, Set.of(roles), null, PASSWORD);
  }

  MockHttpSession signedInAdministrator() throws Exception {
    return StaffSessions.signIn(mvc, account("admin", Role.ADMINISTRATOR).email(), PASSWORD);
  }

  String invite(MockHttpSession admin, String email, String name) throws Exception {
    mvc.perform(
            post("/personal/admin/anvandare/bjud-in")
                .session(admin)
                .with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("roles", "MODERATOR", "FIELD_REPORTER"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/personal/admin/anvandare"));
    TestMailServer.Mail mail = TestMailServer.awaitMail(email, "Inbjudan");
    Matcher matcher = LINK.matcher(mail.body());
    assertThat(matcher.find()).as("activation link in %s", mail.body()).isTrue();
    assertThat(mail.body()).contains("http://localhost/konto/aktivera/");
    return matcher.group(1);
  }

  @Nested
  class InvitingAStaffMember {

    @Test
    void invitedPersonActivatesTheAccountFromTheMailAndSignsIn() throws Exception {
      MockHttpSession admin = signedInAdministrator();
      String email = StaffSessions.uniqueEmail("invited");
      String token = invite(admin, email, "Inbjuden Person");

      StaffOverview invited =
          staff.page(tenant.id(), 10_000, 0).stream()
              .filter(o -> o.member().email().equals(email))
              .findFirst()
              .orElseThrow();
      assertThat(invited.status()).isEqualTo(StaffStatus.INVITED);
      assertThat(invited.member().roles())
          .containsExactlyInAnyOrder(Role.MODERATOR, Role.FIELD_REPORTER);

      mvc.perform(get("/konto/aktivera/" + token))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Inbjuden Person")));

      String password = "en lång och bra fras";
      mvc.perform(
              post("/konto/aktivera/" + token)
                  .with(csrf())
                  .param("password", password)
                  .param("confirmation", password))
          .andExpect(status().is3xxRedirection())
          .andExpect(redirectedUrl("/logga-in"));

      MockHttpSession session = StaffSessions.signIn(mvc, email, password);
      mvc.perform(get("/personal").session(session)).andExpect(status().isOk());
      assertThat(staff.findByEmail(tenant.id(), email).orElseThrow().activated()).isTrue();
    }

    @Test
    void aUsedLinkCannotBeUsedAgain() throws Exception {
      MockHttpSession admin = signedInAdministrator();
      String email = StaffSessions.uniqueEmail("twice");
      String token = invite(admin, email, "Två Gånger");
      String password = "ett annat långt lösenord";
      mvc.perform(
              post("/konto/aktivera/" + token)
                  .with(csrf())
                  .param("password", password)
                  .param("confirmation", password))
          .andExpect(status().is3xxRedirection());

      mvc.perform(get("/konto/aktivera/" + token))
          .andExpect(status().isGone())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("redan använts")));
      mvc.perform(
              post("/konto/aktivera/" + token)
                  .with(csrf())
                  .param("password", "försöker igen med ett nytt")
                  .param("confirmation", "försöker igen med ett nytt"))
          .andExpect(status().isGone());
    }

    @Test
    void anUnknownLinkGivesAClearNotFoundPage() throws Exception {
      mvc.perform(get("/konto/aktivera/not-a-real-token"))
          .andExpect(status().isNotFound())
          .andExpect(
              content().string(org.hamcrest.Matchers.containsString("Länken är inte giltig")));
    }

    @Test
    void rejectsShortMismatchedOrEmailPasswords() throws Exception {
      MockHttpSession admin = signedInAdministrator();
      String email = StaffSessions.uniqueEmail("weak");
      String token = invite(admin, email, "Svagt Lösenord");

      record Attempt(String password, String confirmation, String message) {}
      for (Attempt attempt :
          List.of(
              new Attempt("kort", "kort", "minst 12 tecken"),
              new Attempt(email, email, "inte vara din e-postadress"),
              new Attempt("tillräckligt långt lösen", "något annat helt", "inte likadana"))) {
        mvc.perform(
                post("/konto/aktivera/" + token)
                    .with(csrf())
                    .param("password", attempt.password())
                    .param("confirmation", attempt.confirmation()))
            .andExpect(status().isBadRequest())
            .andExpect(
                content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString(attempt.message())));
      }
      assertThat(staff.findByEmail(tenant.id(), email).orElseThrow().activated()).isFalse();
    }

    @Test
    void aDuplicateEmailIsAFieldError() throws Exception {
      MockHttpSession admin = signedInAdministrator();
      StaffMember existing = account("existing", Role.MODERATOR);
      mvc.perform(
              post("/personal/admin/anvandare/bjud-in")
                  .session(admin)
                  .with(csrf())
                  .param("email", existing.email().toUpperCase())
                  .param("displayName", "Dubblett")
                  .param("roles", "MODERATOR"))
          .andExpect(status().isBadRequest())
          .andExpect(
              content().string(org.hamcrest.Matchers.containsString("finns redan en användare")));
    }

    @Test
    void missingFieldsAndUnknownRolesAreErrorsNotCrashes() throws Exception {
      MockHttpSession admin = signedInAdministrator();
      mvc.perform(
              post("/personal/admin/anvandare/bjud-in")
                  .session(admin)
                  .with(csrf())
                  .param("email", "not-an-email")
                  .param("roles", "EMPEROR"))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("giltig e-postadress")))
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Fyll i namnet")));
    }

    @Test
    void theAuditLogRecordsTheInvitation() throws Exception {
      MockHttpSession admin = signedInAdministrator();
      String email = StaffSessions.uniqueEmail("audited");
      invite(admin, email, "Loggad Person");
      StaffMember invited = staff.findByEmail(tenant.id(), email).orElseThrow();

      AuditEntry entry = awaitAudit(invited.id().toString(), "identity.staffMemberInvited");
      assertThat(entry.actorAccountId()).isNotNull();

      mvc.perform(get("/personal/admin/logg").session(admin))
          .andExpect(status().isOk())
          .andExpect(
              content().string(org.hamcrest.Matchers.containsString("En användare bjöds in")))
          .andExpect(
              content().string(org.hamcrest.Matchers.containsString(invited.id().toString())));
    }
  }

  AuditEntry awaitAudit(String subject, String action) {
    return await("audit entry " + action + " for " + subject)
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                auditLog.about(tenant.id(), subject).stream()
                    .filter(e -> e.action().equals(action))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  @Nested
  class ChangingRoles {

    @Test
    void anAdministratorChangesRolesAndDisablesAnAccount() throws Exception {
      MockHttpSession admin = signedInAdministrator();
      StaffMember other = account("other", Role.MODERATOR);
      mvc.perform(
              post("/personal/admin/anvandare/" + other.id())
                  .session(admin)
                  .with(csrf())
                  .param("roles", "PROCESS_LEADER", "REGISTRAR")
                  .param("enabled", "false"))
          .andExpect(status().is3xxRedirection());
      StaffMember changed = staff.find(tenant.id(), other.id()).orElseThrow();
      assertThat(changed.roles()).containsExactlyInAnyOrder(Role.PROCESS_LEADER, Role.REGISTRAR);
      assertThat(changed.enabled()).isFalse();
      awaitAudit(other.id().toString(), "identity.staffRolesChanged");

      mvc.perform(
              formLogin("/logga-in").user("email", other.email()).password("password", PASSWORD))
          .andExpect(redirectedUrl("/logga-in?fel"));
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRole() throws Exception {
      StaffMember self = account("self", Role.ADMINISTRATOR);
      MockHttpSession session = StaffSessions.signIn(mvc, self.email(), PASSWORD);
      mvc.perform(
              post("/personal/admin/anvandare/" + self.id())
                  .session(session)
                  .with(csrf())
                  .param("roles", "MODERATOR")
                  .param("enabled", "true"))
          .andExpect(status().isConflict())
          .andExpect(
              content()
                  .string(org.hamcrest.Matchers.containsString("din egen roll som administratör")));
      assertThat(staff.find(tenant.id(), self.id()).orElseThrow().has(Role.ADMINISTRATOR)).isTrue();
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
      StaffMember self = account("selfoff", Role.ADMINISTRATOR);
      MockHttpSession session = StaffSessions.signIn(mvc, self.email(), PASSWORD);
      mvc.perform(
              post("/personal/admin/anvandare/" + self.id())
                  .session(session)
                  .with(csrf())
                  .param("roles", "ADMINISTRATOR")
                  .param("enabled", "false"))
          .andExpect(status().isConflict())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("ditt eget konto")));
      assertThat(staff.find(tenant.id(), self.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
      MockHttpSession admin = signedInAdministrator();
      mvc.perform(get("/personal/admin/anvandare/" + java.util.UUID.randomUUID()).session(admin))
          .andExpect(status().isNotFound());
      mvc.perform(get("/personal/admin/anvandare/not-a-uuid").session(admin))
          .andExpect(status().isBadRequest());
    }
  }

  @Nested
  class TheStaffList {

    @Test
    void showsRolesAndStatusAndPaginates() throws Exception {
      MockHttpSession admin = signedInAdministrator();
      for (int i = 0; i < 26; i++) {
        account("list" + i, Role.PARTNER);
      }
      mvc.perform(get("/personal/admin/anvandare").session(admin))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-pagination")))
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Aktiv")));
      mvc.perform(get("/personal/admin/anvandare?sida=2").session(admin))
          .andExpect(status().isOk());
      mvc.perform(get("/personal/admin/anvandare?sida=9999").session(admin))
          .andExpect(status().isOk());
    }
  }

  @Nested
  class Access {

    @Test
    void nonAdministratorsAreForbiddenEverywhereUnderAdmin() throws Exception {
      MockHttpSession moderator =
          StaffSessions.signIn(
              mvc, account("moderator", Role.MODERATOR, Role.PROCESS_LEADER).email(), PASSWORD);
      for (String path :
          List.of(
              "/personal/admin",
              "/personal/admin/anvandare",
              "/personal/admin/anvandare/bjud-in",
              "/personal/admin/logg",
              "/personal/admin/tillganglighet")) {
        mvc.perform(get(path).session(moderator)).andExpect(status().isForbidden());
      }
      mvc.perform(
              post("/personal/admin/anvandare/bjud-in")
                  .session(moderator)
                  .with(csrf())
                  .param("email", StaffSessions.uniqueEmail("sneaky"))
                  .param("displayName", "Smygare")
                  .param("roles", "ADMINISTRATOR"))
          .andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
      mvc.perform(get("/personal/admin/anvandare")).andExpect(status().is3xxRedirection());
    }
  }

  @Nested
  class SigningIn {

    @Test
    void fourWrongPasswordsDoNotDelayTheRightOne() throws Exception {
      StaffMember member = account("nolock", Role.MODERATOR);
      for (int i = 0; i < 4; i++) {
        mvc.perform(
                formLogin("/logga-in")
                    .user("email", member.email())
                    .password("password", "fel-" + i))
            .andExpect(redirectedUrl("/logga-in?fel"));
      }
      StaffSessions.signIn(mvc, member.email(), PASSWORD);
    }
  }
}
