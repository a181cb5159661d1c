package se.trygghetsdialog.tenancy.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Without demo data, an administrator whose municipality still misses something lands on the setup
 * checklist after signing in, once a session; other staff, and every install with demo data, land
 * on the staff start page as before. The shared test context runs with demo data, so the switch is
 * turned off on the gate for these tests only.
 */
@IntegrationTest
class SetupLandingIntegrationTest {

  @Autowired WebApplicationContext context;
  @Autowired TenancyWebConfig config;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts staff;

  MockMvc mvc;
  FreshMunicipality fresh;

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
    fresh = FreshMunicipality.register(municipalities);
  }

  @AfterEach
  void demoAgain() {
    ReflectionTestUtils.setField(config, "demo", true);
  }

  @Test
  void withoutDemoDataTheFirstAdministratorLandsOnTheChecklistOnceASession() throws Exception {
    ReflectionTestUtils.setField(config, "demo", false);
    var session = fresh.signIn(mvc, fresh.staff(staff, "Admin", Role.ADMINISTRATOR));

    mvc.perform(fresh.on(get("/personal")).session(session))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/personal/admin/installation"));
    mvc.perform(fresh.on(get("/personal")).session(session)).andExpect(status().isOk());
  }

  @Test
  void otherStaffAndDemoInstallsLandOnTheStaffStartPage() throws Exception {
    ReflectionTestUtils.setField(config, "demo", false);
    var leader = fresh.signIn(mvc, fresh.staff(staff, "Leader", Role.PROCESS_LEADER));
    mvc.perform(fresh.on(get("/personal")).session(leader)).andExpect(status().isOk());

    ReflectionTestUtils.setField(config, "demo", true);
    var admin = fresh.signIn(mvc, fresh.staff(staff, "Admin", Role.ADMINISTRATOR));
    mvc.perform(fresh.on(get("/personal")).session(admin)).andExpect(status().isOk());
  }
}
