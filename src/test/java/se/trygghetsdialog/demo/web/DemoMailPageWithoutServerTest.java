package se.trygghetsdialog.demo.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;

/** Where mail goes to a real SMTP server (here the tests' own), there is no demo mail page. */
@IntegrationTest
class DemoMailPageWithoutServerTest {

  @Autowired WebApplicationContext context;

  @Test
  void theDemoMailPageIsNotFoundWhenNoDemoMailServerRuns() throws Exception {
    MockMvc mvc = StaffSessions.mockMvc(context);
    var admin = StaffSessions.signIn(mvc, "admin@lysekil.example", "Trygghet2026!");
    mvc.perform(get("/personal/demo/post").session(admin)).andExpect(status().isNotFound());
    mvc.perform(get("/personal/demo/post/abc").session(admin)).andExpect(status().isNotFound());
  }
}
