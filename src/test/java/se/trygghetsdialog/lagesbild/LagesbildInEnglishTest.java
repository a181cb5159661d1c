package se.trygghetsdialog.lagesbild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * English pages show the lägesbild's facts (titles, sources, statuses, categories) in English: the
 * live facts on the staff page, and the facts an adopted version kept in English on adoption. The
 * Swedish document is unchanged.
 */
@IntegrationTest
class LagesbildInEnglishTest {

  @Autowired MockMvc mvc;
  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;

  private String page(String path) throws Exception {
    return mvc.perform(get(path))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theAdoptedDemoVersionShowsItsFactsInEnglishOnEnglishPages() throws Exception {
    String english = page("/lagesbild/version/1?lang=en");
    assertThat(english)
        .contains("Citizen dialogues and their progress")
        .contains("Source: Citizen dialogues in the service")
        .contains("Published place reports per category")
        .contains("Ongoing")
        .contains("<h3 class=\"govuk-heading-s\" lang=\"en\">")
        .doesNotContain("Medborgardialoger och var de står")
        .doesNotContain("Publicerade platsrapporter per kategori")
        .doesNotContain(">Pågår<");

    String swedish = page("/lagesbild/version/1?lang=sv");
    assertThat(swedish)
        .contains("Medborgardialoger och var de står")
        .contains("Publicerade platsrapporter per kategori")
        .doesNotContain("Citizen dialogues and their progress");
  }

  @Test
  void theStaffPageWordsTheAvailableFactsInTheReadersLanguage() throws Exception {
    var member =
        StaffMother.staff(municipalities, accounts, "Sara Samordnare", Role.SAFETY_COORDINATOR);
    MockMvc staffMvc = StaffSessions.mockMvc(context);
    var session = StaffSessions.signIn(staffMvc, member.email(), "Trygghet2026!");
    String english =
        staffMvc
            .perform(get("/personal/lagesbild?lang=en").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(english)
        .contains("Citizen dialogues and their progress")
        .doesNotContain("Medborgardialoger och var de står");
  }
}
