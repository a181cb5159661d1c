package se.trygghetsdialog.records.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.AuditEntry;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;

@IntegrationTest
class IncidentIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Incidents incidents;
  @Autowired ImyDeadlineReminders reminders;
  @Autowired AuditLog auditLog;

  MunicipalityId municipality;
  StaffMember adminMember;
  StaffPrincipal admin;
  String unique;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    unique = StaffMother.uniqueWord();
    adminMember =
        accounts.createWithPassword(
            municipality,
            StaffMother.uniqueEmail("admin"),
            "Ada Admin",
            Set.of(Role.ADMINISTRATOR),
            null,
            "Trygghet2026!");
    admin = accounts.actingAs(adminMember);
  }

  Incidents.Command incident(OffsetDateTime discovered, String notReportedReason) {
    var local = discovered.atZoneSameInstant(Incidents.ZONE);
    return new Incidents.Command(
        "Fel mottagare " + unique,
        "Ett utskick med platsrapporter gick till fel mottagare.",
        local.toLocalDate(),
        local.toLocalTime().withSecond(0).withNano(0),
        "E-postadresser",
        12,
        IncidentRisk.RISK,
        "Adresserna kan användas för nätfiske.",
        null,
        "",
        notReportedReason);
  }

  String page(String path) throws Exception {
    return mvc.perform(get(path).with(user(admin)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void anIncidentShowsTheTimeLeftToReportToImyAndClosesOnlyOnceReportedOrReasoned()
      throws Exception {
    String target =
        mvc.perform(
                post("/personal/incidenter/ny")
                    .with(user(admin))
                    .with(csrf())
                    .param("title", "Fel mottagare " + unique)
                    .param("whatHappened", "Ett utskick gick till fel mottagare.")
                    .param("discoveredDate", LocalDate.now(Incidents.ZONE).toString())
                    .param("discoveredTime", "00:00")
                    .param("dataConcerned", "E-postadresser")
                    .param("peopleEstimate", "12")
                    .param("risk", "RISK")
                    .param("riskAssessment", "")
                    .param("reportedToImyOn", "")
                    .param("imyReference", "")
                    .param("notReportedReason", ""))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    UUID id = UUID.fromString(target.substring("/personal/incidenter/".length()));
    assertThat(page(target)).contains("kvar till anmälan till IMY");
    assertThat(page("/personal/incidenter")).contains("Fel mottagare " + unique);

    mvc.perform(post(target + "/stang").with(user(admin)).with(csrf()))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(target + "/atgard")
                .with(user(admin))
                .with(csrf())
                .param("takenOn", LocalDate.now(Incidents.ZONE).toString())
                .param("text", "Mottagaren ombads radera utskicket " + unique))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(target)
                .with(user(admin))
                .with(csrf())
                .param("title", "Fel mottagare " + unique)
                .param("whatHappened", "Ett utskick gick till fel mottagare.")
                .param("discoveredDate", LocalDate.now(Incidents.ZONE).toString())
                .param("discoveredTime", "00:00")
                .param("peopleEstimate", "12")
                .param("risk", "RISK")
                .param("reportedToImyOn", LocalDate.now(Incidents.ZONE).toString())
                .param("imyReference", "IMY-2026-" + unique))
        .andExpect(status().is3xxRedirection());
    String shown = page(target);
    assertThat(shown)
        .contains("Anmäld till IMY")
        .contains("Mottagaren ombads radera utskicket " + unique);
    mvc.perform(post(target + "/stang").with(user(admin)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(incidents.require(municipality, id).closed()).isTrue();

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(auditLog.about(municipality, id.toString()))
                    .extracting(AuditEntry::action)
                    .contains(
                        "records.incident-recorded",
                        "records.incident-action-added",
                        "records.incident-edited",
                        "records.incident-closed"));
  }

  @Test
  void aBadIncidentFormIsRefusedWithAMessageAndOnlyAdministratorsKeepTheLog() throws Exception {
    String answer =
        mvc.perform(
                post("/personal/incidenter/ny")
                    .with(user(admin))
                    .with(csrf())
                    .param("title", "")
                    .param("discoveredDate", "igår")
                    .param("peopleEstimate", "många")
                    .param("risk", "RISK"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(answer).contains("Skriv en rubrik");
    for (Role role : Set.of(Role.REGISTRAR, Role.MODERATOR, Role.PARTNER)) {
      StaffPrincipal other =
          accounts.actingAs(
              accounts.createWithPassword(
                  municipality,
                  StaffMother.uniqueEmail("other"),
                  "Olle Annan",
                  Set.of(role),
                  null,
                  "Trygghet2026!"));
      mvc.perform(get("/personal/incidenter").with(user(other))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/personal/incidenter/" + UUID.randomUUID()).with(user(admin)))
        .andExpect(status().isNotFound());
  }

  @Test
  void administratorsAreRemindedOnceWhenLessThanADayIsLeftAndTheIncidentIsNotReported() {
    OffsetDateTime now = OffsetDateTime.now();
    UUID due = incidents.record(municipality, admin.accountId(), incident(now.minusHours(60), ""));
    UUID fresh = incidents.record(municipality, admin.accountId(), incident(now.minusHours(2), ""));
    UUID reasoned =
        incidents.record(
            municipality,
            admin.accountId(),
            incident(now.minusHours(60), "Sannolikt ingen risk för de berörda."));
    int dueNumber = incidents.require(municipality, due).number();

    reminders.remind(now);
    reminders.remind(now.plusMinutes(10));

    TestMailServer.Mail mail =
        TestMailServer.awaitMail(
            adminMember.email(), "Personuppgiftsincident nr " + dueNumber + ":");
    assertThat(mail.body()).contains("/personal/incidenter/" + due);
    assertThat(TestMailServer.received())
        .filteredOn(
            m ->
                m.to().contains(adminMember.email())
                    && m.subject().startsWith("Personuppgiftsincident nr " + dueNumber + ":"))
        .hasSize(1);
    assertThat(incidents.require(municipality, due).reminderSentAt()).isNotNull();
    assertThat(incidents.require(municipality, fresh).reminderSentAt()).isNull();
    assertThat(incidents.require(municipality, reasoned).reminderSentAt()).isNull();
  }

  @Test
  void theDeadlineIsSeventyTwoHoursAfterDiscovery() {
    OffsetDateTime discovered =
        LocalDate.of(2026, 12, 4)
            .atTime(LocalTime.of(9, 0))
            .atZone(Incidents.ZONE)
            .toOffsetDateTime();
    UUID id = incidents.record(municipality, admin.accountId(), incident(discovered, ""));
    Incident incident = incidents.require(municipality, id);
    assertThat(incident.imyDeadline()).isEqualTo(discovered.plusHours(72));
    assertThat(incident.timeLeft(discovered.plusHours(50)).toHours()).isEqualTo(22);
  }
}
