package se.trygghetsdialog.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
class MeetingReminderIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlanWalk planWalk;
  @Autowired RegisterForWalk register;
  @Autowired SendMeetingReminders reminders;
  @Autowired MeetingReminderRepository repository;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  /** Reminders queued to the address (not its sign-up confirmation). */
  private int queuedTo(String recipient) {
    return jdbc.sql(
            "SELECT count(*) FROM outbound_mail WHERE recipient = :r"
                + " AND subject LIKE 'Påminnelse%'")
        .param("r", recipient)
        .query(Integer.class)
        .single();
  }

  @Test
  void eachActiveWalkerWithAnAddressIsRemindedOnceOfTheMeetingsWithinTheWindow() {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Tekniska");
    String title = "Påminnelse " + WalkMother.unique();
    // Years ahead of the other tests' walks, so that no other walk is in this test's window.
    int year = 2031;
    UUID walk =
        planWalk.plan(
            m,
            new PlanWalk.Input(
                title,
                null,
                "",
                List.of(
                    new Meeting(LocalDateTime.of(year, 3, 2, 18, 0), "Biblioteket"),
                    new Meeting(LocalDateTime.of(year, 3, 18, 19, 0), "Busstationen"),
                    new Meeting(LocalDateTime.of(year, 4, 6, 18, 0), "Stadshuset")),
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                10,
                List.of(new RouteStop("Kungstorget", WalkMother.KUNGSTORGET)),
                null,
                null),
            staff);
    String active = StaffMother.uniqueEmail("vandrare");
    String cancelled = StaffMother.uniqueEmail("avbokad");
    register.register(
        m, walk, new RegisterForWalk.Input("Kim", active, true, WalkerGroup.INDIVIDUAL, ""));
    RegisterForWalk.Receipt gone =
        register.register(
            m,
            walk,
            new RegisterForWalk.Input("Alex", cancelled, true, WalkerGroup.INDIVIDUAL, ""));
    register.register(
        m, walk, new RegisterForWalk.Input("Utan", null, false, WalkerGroup.INDIVIDUAL, ""));
    assertThat(register.cancel(gone.cancelToken())).isTrue();

    // The day before the walk: meeting 1 has started, meeting 2 is within 48 hours, meeting 3 not.
    OffsetDateTime now =
        LocalDateTime.of(year, 3, 17, 12, 0).atZone(WalkRepository.ZONE).toOffsetDateTime();
    assertThat(reminders.send(now)).isEqualTo(1);

    TestMailServer.Mail mail =
        TestMailServer.awaitMail(active, "Påminnelse inför trygghetsvandringen " + title);
    assertThat(mail.subject()).contains("Träff 2: vandringen");
    assertThat(mail.body())
        .contains("Busstationen")
        .contains("kl. 19:00")
        .contains("18 mars " + year)
        .contains("/trygghetsvandringar/" + walk)
        .contains("Avboka med den privata länken");
    assertThat(queuedTo(active)).isEqualTo(1);
    assertThat(queuedTo(cancelled)).isZero();
    assertThat(repository.sentFor(walk, 1)).isZero();
    assertThat(repository.sentFor(walk, 2)).isEqualTo(1);
    assertThat(repository.sentFor(walk, 3)).isZero();

    // A rerun (or a second node) an hour later sends nothing again.
    assertThat(reminders.send(now.plusHours(1))).isZero();
    assertThat(queuedTo(active)).isEqualTo(1);

    // Two days before the återkoppling, its reminder comes: one more mail, still none cancelled.
    OffsetDateTime beforeFeedback =
        LocalDateTime.of(year, 4, 4, 20, 0).atZone(WalkRepository.ZONE).toOffsetDateTime();
    assertThat(reminders.send(beforeFeedback)).isEqualTo(1);
    assertThat(TestMailServer.awaitMail(active, "Träff 3: återkoppling").body())
        .contains("Stadshuset");
    assertThat(queuedTo(active)).isEqualTo(2);
    assertThat(queuedTo(cancelled)).isZero();
    assertThat(repository.sentFor(walk, 3)).isEqualTo(1);
  }

  @Test
  void aClaimedReminderCannotBeClaimedAgain() {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Tekniska");
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                "Anspråk " + WalkMother.unique(),
                5,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                null),
            staff);
    RegisterForWalk.Receipt receipt =
        register.register(
            m,
            walk,
            new RegisterForWalk.Input(
                "Kim", StaffMother.uniqueEmail("anspr"), true, WalkerGroup.INDIVIDUAL, ""));
    OffsetDateTime now = OffsetDateTime.now();
    assertThat(repository.claim(walk, 2, receipt.registrationId(), now)).isTrue();
    assertThat(repository.claim(walk, 2, receipt.registrationId(), now)).isFalse();
    assertThat(register.cancel(receipt.cancelToken())).isTrue();
    assertThat(repository.claim(walk, 3, receipt.registrationId(), now)).isFalse();
  }

  @Test
  void theWalkPageAndTheReceiptTellThatWalkersWithAnAddressAreReminded() throws Exception {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Tekniska");
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                "Sida " + WalkMother.unique(),
                5,
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                null),
            staff);
    mvc.perform(get("/trygghetsvandringar/" + walk + "?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("påminnelse före varje träff")));
    String receipt =
        "/trygghetsvandringar/min-anmalan/"
            + register
                .register(
                    m, walk, new RegisterForWalk.Input("", null, false, WalkerGroup.INDIVIDUAL, ""))
                .cancelToken();
    mvc.perform(get(receipt + "?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "får du en påminnelse med tid och plats före varje träff")));
    mvc.perform(get(receipt + "?lang=en"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString("a reminder with the time and place")));
  }

  @Test
  void twoNodesRunningTheJobAtOnceQueueEachReminderOnce() throws Exception {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Tekniska");
    // Its own year, so that the first test's walk is not in this window.
    int year = 2032;
    UUID walk =
        planWalk.plan(
            m,
            new PlanWalk.Input(
                "Samtidigt " + WalkMother.unique(),
                null,
                "",
                List.of(
                    new Meeting(LocalDateTime.of(year, 5, 3, 18, 0), "Biblioteket"),
                    new Meeting(LocalDateTime.of(year, 5, 20, 19, 0), "Busstationen"),
                    new Meeting(LocalDateTime.of(year, 6, 8, 18, 0), "Stadshuset")),
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                20,
                List.of(new RouteStop("Kungstorget", WalkMother.KUNGSTORGET)),
                null,
                null),
            staff);
    List<String> addresses = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String address = StaffMother.uniqueEmail("samtidig");
      addresses.add(address);
      register.register(
          m, walk, new RegisterForWalk.Input("", address, true, WalkerGroup.INDIVIDUAL, ""));
    }
    OffsetDateTime now =
        LocalDateTime.of(year, 5, 2, 9, 0).atZone(WalkRepository.ZONE).toOffsetDateTime();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.Callable<Integer> run =
          () -> {
            start.await();
            return reminders.send(now);
          };
      var a = pool.submit(run);
      var b = pool.submit(run);
      start.countDown();
      assertThat(a.get() + b.get()).isEqualTo(6);
    } finally {
      pool.shutdownNow();
    }
    for (String address : addresses) {
      assertThat(queuedTo(address)).isEqualTo(1);
    }
    assertThat(repository.sentFor(walk, 1)).isEqualTo(6);
  }
}
