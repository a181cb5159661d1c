package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.TenantResolver;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Failed sign-ins slow down further tries from the same client address with the same e-mail
 * address, answer the same whether or not the account exists, never lock the account for anybody
 * else, and tell the holder by mail.
 */
@IntegrationTest
class SignInThrottlingTest {

  static final String PASSWORD = "Trygghet2026!";

  @Autowired WebApplicationContext context;
  @Autowired StaffAccounts staff;
  @Autowired Municipalities municipalities;
  @Autowired JdbcClient jdbc;

  MockMvc mvc;
  Tenant tenant;

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
    tenant = municipalities.resolve("localhost");
  }

  StaffMember account(String prefix) {
    return staff.createWithPassword(
        tenant.id(),
        StaffSessions.uniqueEmail(prefix),
        "Konto " + prefix,
        Set.of(Role.MODERATOR),
        null,
        PASSWORD);
  }

  String signIn(String email, String password, String clientAddress) throws Exception {
    return signInAt("/logga-in", email, password, clientAddress);
  }

  String signInAt(String path, String email, String password, String clientAddress)
      throws Exception {
    return mvc.perform(
            post(path)
                .with(csrf())
                .with(
                    request -> {
                      request.setRemoteAddr(clientAddress);
                      return request;
                    })
                .param("email", email)
                .param("password", password))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  @Nested
  class OverHttp {

    @Autowired PlatformOperators operators;

    String operatorSignIn(String email, String password, String clientAddress) throws Exception {
      return signInAt("/plattform/logga-in", email, password, clientAddress);
    }

    @Test
    void anExistingAndAnUnknownAccountGetTheSameAnswers() throws Exception {
      String known = account("known").email();
      String unknown = StaffSessions.uniqueEmail("nobody");
      List<String> knownAnswers = new ArrayList<>();
      List<String> unknownAnswers = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        knownAnswers.add(signIn(known, "fel-" + i, "198.51.100.1"));
        unknownAnswers.add(signIn(unknown, "fel-" + i, "198.51.100.1"));
      }

      assertThat(knownAnswers)
          .isEqualTo(unknownAnswers)
          .containsExactly(
              "/logga-in?fel",
              "/logga-in?fel",
              "/logga-in?fel",
              "/logga-in?fel",
              "/logga-in?fel",
              "/logga-in?vanta",
              "/logga-in?vanta");
      mvc.perform(get("/logga-in").param("vanta", ""))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Vänta en stund")))
          .andExpect(
              content()
                  .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("låst"))));
    }

    @Test
    void guessingFromOneAddressDelaysOnlyThatAddressAndLocksNothing() throws Exception {
      StaffMember member = account("target");
      for (int i = 0; i < 5; i++) {
        signIn(member.email(), "fel-" + i, "198.51.100.2");
      }

      assertThat(signIn(member.email(), PASSWORD, "198.51.100.2")).isEqualTo("/logga-in?vanta");
      assertThat(signIn(member.email(), PASSWORD, "192.0.2.20")).isEqualTo("/personal");
      assertThat(staff.overview(tenant.id(), member.id()).orElseThrow().status())
          .isEqualTo(StaffStatus.ACTIVE);
    }

    @Test
    void theHolderIsToldByMailWhenTheWaitingStarts() throws Exception {
      StaffMember member = account("told");
      for (int i = 0; i < 5; i++) {
        signIn(member.email(), "fel-" + i, "198.51.100.3");
      }

      TestMailServer.Mail mail =
          TestMailServer.awaitMail(member.email(), "Misslyckade inloggningar");
      assertThat(mail.body()).contains("198.51.100.3").contains("5 gånger").contains("inte låst");
    }

    @Test
    void guessingThePlatformOperatorsPasswordWaitsLikeStaffSignIn() throws Exception {
      String operator = StaffSessions.uniqueEmail("operator");
      operators.createWithPassword(operator, "Operatör", PASSWORD);
      List<String> answers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        answers.add(operatorSignIn(operator, "fel-" + i, "198.51.100.5"));
      }

      assertThat(answers)
          .containsExactly(
              "/plattform/logga-in?fel",
              "/plattform/logga-in?fel",
              "/plattform/logga-in?fel",
              "/plattform/logga-in?fel",
              "/plattform/logga-in?fel",
              "/plattform/logga-in?vanta");
      assertThat(operatorSignIn(operator, PASSWORD, "198.51.100.5"))
          .isEqualTo("/plattform/logga-in?vanta");
      assertThat(operatorSignIn(operator, PASSWORD, "192.0.2.21")).isEqualTo("/plattform/kommuner");
      mvc.perform(get("/plattform/logga-in").param("vanta", ""))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Vänta en stund")));
    }

    @Test
    void aDisabledAccountAnswersLikeAnUnknownOne() throws Exception {
      StaffMember member = account("disabled");
      jdbc.sql("UPDATE staff_account SET enabled = false WHERE account_id = :id")
          .param("id", member.id())
          .update();
      assertThat(signIn(member.email(), PASSWORD, "198.51.100.4")).isEqualTo("/logga-in?fel");
    }
  }

  /** The same rules with a clock the test moves, so waits pass without waiting. */
  @Nested
  class OnAClock {

    @Autowired SignInThrottleRepository throttles;
    @Autowired StaffAccountRepository accounts;
    @Autowired TenantResolver tenants;
    @Autowired MailOutbox outbox;
    @Autowired MessageSource messages;

    final MovableClock clock = new MovableClock(Instant.now());
    SignInAttempts attempts;

    @BeforeEach
    void attempts() {
      attempts =
          new SignInAttempts(
              throttles,
              accounts,
              tenants,
              outbox,
              messages,
              new SignInDelays(4, Duration.ofSeconds(30), Duration.ofMinutes(15)),
              clock);
    }

    void fail(String email, String address, int times) {
      for (int i = 0; i < times; i++) {
        attempts.failed(tenant, address, email);
      }
    }

    boolean waits(String email, String address) {
      return attempts.waitUntil(tenant.id(), address, email).isPresent();
    }

    @Test
    void theWaitPassesAndEachFurtherFailureDoublesIt() {
      String email = StaffSessions.uniqueEmail("clock");
      fail(email, "203.0.113.1", 4);
      assertThat(waits(email, "203.0.113.1")).isFalse();

      fail(email, "203.0.113.1", 1);
      assertThat(waits(email, "203.0.113.1")).isTrue();
      assertThat(waits(" " + email.toUpperCase(), "203.0.113.1")).isTrue();
      assertThat(waits(email, "203.0.113.2")).isFalse();

      clock.advance(Duration.ofSeconds(31));
      assertThat(waits(email, "203.0.113.1")).isFalse();

      fail(email, "203.0.113.1", 1);
      clock.advance(Duration.ofSeconds(31));
      assertThat(waits(email, "203.0.113.1")).isTrue();
      clock.advance(Duration.ofSeconds(30));
      assertThat(waits(email, "203.0.113.1")).isFalse();
    }

    @Test
    void aSuccessForgetsTheFailuresOfThatAddress() {
      StaffMember member = account("success");
      fail(member.email(), "203.0.113.3", 5);
      fail(member.email(), "203.0.113.4", 5);

      attempts.succeeded(tenant.id(), "203.0.113.3", member.email(), member.id());

      assertThat(waits(member.email(), "203.0.113.3")).isFalse();
      assertThat(waits(member.email(), "203.0.113.4")).isTrue();
    }

    @Test
    void failuresOlderThanADayAreForgotten() {
      String email = StaffSessions.uniqueEmail("old");
      fail(email, "203.0.113.5", 4);
      clock.advance(Duration.ofDays(1).plusMinutes(1));
      fail(email, "203.0.113.5", 1);
      assertThat(waits(email, "203.0.113.5")).isFalse();
    }

    @Test
    void theHolderIsToldAtMostOnceAnHourAndNobodyForAnUnknownAddress() {
      StaffMember member = account("hourly");
      fail(member.email(), "203.0.113.6", 5);
      fail(member.email(), "203.0.113.7", 5);
      assertThat(queuedFor(member.email())).isEqualTo(1);

      clock.advance(Duration.ofMinutes(61));
      fail(member.email(), "203.0.113.8", 5);
      assertThat(queuedFor(member.email())).isEqualTo(2);

      String unknown = StaffSessions.uniqueEmail("ghost");
      fail(unknown, "203.0.113.9", 5);
      assertThat(queuedFor(unknown)).isZero();
    }

    int queuedFor(String recipient) {
      return jdbc.sql("SELECT count(*) FROM outbound_mail WHERE recipient = :r")
          .param("r", recipient)
          .query(Integer.class)
          .single();
    }
  }

  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
