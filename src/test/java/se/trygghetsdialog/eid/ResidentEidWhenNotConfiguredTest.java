package se.trygghetsdialog.eid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.trygghetsdialog.support.IntegrationTest;

/** The shared test context configures no e-ID broker: e-ID is off and residents are told so. */
@IntegrationTest
class ResidentEidWhenNotConfiguredTest {

  @Autowired MockMvc mvc;
  @Autowired EidVerifications verifications;

  @Test
  void isOffAndTellsResidentsHowToSubmitOnPaper() throws Exception {
    assertThat(verifications.enabled()).isFalse();
    MvcResult start =
        mvc.perform(
                post("/e-legitimation/start")
                    .param("syfte", "prova")
                    .param("arende", "1")
                    .param("tillbaka", "/")
                    .with(csrf()))
            .andReturn();
    MvcResult answer =
        mvc.perform(get("/e-legitimation/svar").param("state", "x").param("code", "y")).andReturn();
    for (MvcResult result : new MvcResult[] {start, answer}) {
      assertThat(result.getResponse().getStatus()).isEqualTo(404);
      assertThat(result.getResponse().getContentAsString()).contains("på papper");
      assertThat(result.getRequest().getSession(false)).isNull();
    }
  }
}
