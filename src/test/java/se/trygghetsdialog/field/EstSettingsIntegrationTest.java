package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.records.AuditEntry;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A municipality sets its own EST checklist items and weekly report title: the week page and the
 * drafted report use them, bad input is refused with nothing saved, and each change is audited.
 */
@IntegrationTest
class EstSettingsIntegrationTest {

  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired EstSettings settings;
  @Autowired StartEstWeek startWeek;
  @Autowired EstWeeks weeks;
  @Autowired UpdateEstChecklist updateChecklist;
  @Autowired DraftWeeklyReport draft;
  @Autowired AuditLog auditLog;

  MockMvc mvc;
  FreshMunicipality fresh;
  StaffMember admin;
  MockHttpSession session;

  @BeforeEach
  void setUp() throws Exception {
    mvc = StaffSessions.mockMvc(context);
    fresh = FreshMunicipality.register(municipalities);
    admin = fresh.staff(accounts, "Admin", Role.ADMINISTRATOR);
    session = fresh.signIn(mvc, admin);
  }

  MockHttpServletRequestBuilder form(String title, String items) {
    return fresh
        .on(post("/personal/admin/est"))
        .param("weeklyTitle", title)
        .param("checklistItems", items)
        .session(session)
        .with(csrf());
  }

  AuditEntry awaitSetting(String setting) {
    return await("audit of " + setting)
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                auditLog.about(fresh.tenant().id(), setting).stream()
                    .filter(e -> e.action().equals("setting.changed"))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  @Test
  void theFormShowsTheDefaultsUntilTheMunicipalitySetsItsOwn() throws Exception {
    mvc.perform(fresh.on(get("/personal/admin/est")).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Förstärkt trygghetsarbete – vecka {vecka}")))
        .andExpect(content().string(containsString("Polisens lägesbild")));
    assertThat(settings.keys(fresh.tenant().id())).isEqualTo(EstChecklist.DEFAULT_ITEMS);
  }

  @Test
  void ownItemsAndTitleAreUsedByTheWeekAndItsReportAndAudited() throws Exception {
    mvc.perform(
            form(
                "Trygghetsläget i Sjöstad, vecka {vecka}",
                "Polisens lägesbild | Police situation report\nSkolornas rapporter\n\n"))
        .andExpect(status().is3xxRedirection());

    var municipality = fresh.tenant().id();
    assertThat(settings.keys(municipality)).containsExactly("police", "skolornas-rapporter");
    assertThat(settings.weeklyTitle(municipality, 7))
        .isEqualTo("Trygghetsläget i Sjöstad, vecka 7");

    StaffMember coordinator = fresh.staff(accounts, "Siv", Role.SAFETY_COORDINATOR);
    var actor = accounts.actingAs(coordinator);
    EstWeek week = startWeek.start(municipality, EstTestData.freshWeek(), actor);
    updateChecklist.update(
        week,
        Map.of(
            "skolornas-rapporter", new UpdateEstChecklist.Entry(true, "Lugnt."),
            "plan", new UpdateEstChecklist.Entry(true, "Inte längre en punkt.")),
        actor);
    var items = weeks.checklist(week);
    assertThat(items)
        .extracting(EstChecklist.Item::key)
        .containsExactly("police", "skolornas-rapporter");
    assertThat(items.get(1).done()).isTrue();
    assertThat(draft.create(week, actor).title())
        .isEqualTo("Trygghetsläget i Sjöstad, vecka " + week.week().week());

    MockHttpSession coordinatorSession = fresh.signIn(mvc, coordinator);
    mvc.perform(
            fresh
                .on(get("/personal/est/" + week.week().year() + "/" + week.week().week()))
                .session(coordinatorSession))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Skolornas rapporter")));

    AuditEntry title = awaitSetting("est.weeklyTitle");
    assertThat(title.actorAccountId()).isEqualTo(admin.id());
    assertThat(title.details())
        .contains("Förstärkt trygghetsarbete – vecka {vecka}")
        .contains("Trygghetsläget i Sjöstad, vecka {vecka}");
    assertThat(awaitSetting("est.checklist").details())
        .contains("Bostadsbolagens rapporter")
        .contains("Skolornas rapporter");
  }

  @Test
  void aTitleWithoutTheWeekOrRepeatedOrMissingItemsAreRefusedAndNothingIsSaved() throws Exception {
    mvc.perform(form("Veckorapport", "En punkt"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("måste innehålla {vecka}")));
    mvc.perform(form("Vecka {vecka}", "Samma\nSamma"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("samma text")));
    mvc.perform(form("Vecka {vecka}", " \n "))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("minst en punkt")));
    mvc.perform(form("Vecka {vecka}", "x".repeat(151)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("högst 150 tecken")));

    var municipality = fresh.tenant().id();
    assertThat(settings.keys(municipality)).isEqualTo(EstChecklist.DEFAULT_ITEMS);
    assertThat(settings.weeklyTitleTemplate(municipality))
        .isEqualTo("Förstärkt trygghetsarbete – vecka {vecka}");
    assertThat(auditLog.about(municipality, "est.weeklyTitle")).isEmpty();
  }
}
