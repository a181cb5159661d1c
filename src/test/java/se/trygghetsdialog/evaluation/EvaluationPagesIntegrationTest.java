package se.trygghetsdialog.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.session.TeamDialogueMother;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
class EvaluationPagesIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired CreateDialogue createDialogue;
  @Autowired Evaluations evaluations;

  TeamDialogueMother team;
  RequestPostProcessor leader;
  String base;

  @BeforeEach
  void setUp() {
    team =
        TeamDialogueMother.create(
            municipalities, organisations, accounts, createDialogue, "Trygg skolväg");
    leader = user(accounts.actingAs(team.leader()));
    base = "/personal/dialoger/" + team.dialogue() + "/utvardering";
  }

  private MockHttpServletRequestBuilder evaluation(String purposeScore, String answered) {
    var request = post(base).with(leader).with(csrf());
    for (String aspect : new String[] {"form", "method", "accessibility", "representation"}) {
      request.param(aspect + "Score", "4").param(aspect + "Text", "Det fungerade väl.");
    }
    return request
        .param("purposeScore", purposeScore)
        .param("purposeText", "Syftet nåddes.")
        .param("purposeAnswered", answered);
  }

  @Test
  void savesTheTeamsAssessmentOfEveryAspect() throws Exception {
    mvc.perform(evaluation("5", "23")).andExpect(status().is3xxRedirection());
    var saved = evaluations.of(StaffMother.tenant(municipalities).id(), team.dialogue());
    assertThat(saved).hasSize(5);
    assertThat(saved.get(EvaluationAspect.PURPOSE).score()).isEqualTo(5);
    assertThat(saved.get(EvaluationAspect.PURPOSE).answered()).isEqualTo(23);
    assertThat(saved.get(EvaluationAspect.FORM).answered()).isNull();
  }

  @Test
  void refusesAScoreOffTheScaleAndANegativeCount() throws Exception {
    mvc.perform(evaluation("9", ""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Välj en bedömning från 1 till 5.")));
    mvc.perform(evaluation("3", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Antalet kan inte vara negativt.")));
  }

  @Test
  void aLessonWithPersonalDataIsRefused() throws Exception {
    mvc.perform(
            post(base + "/lardomar")
                .with(leader)
                .with(csrf())
                .param("lesson", "Fråga Anna Svensson, 070-123 45 67, om lokalen.")
                .param("step", "DIALOGUE"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("kan innehålla personuppgifter")));
    assertThat(evaluations.lessons(StaffMother.tenant(municipalities).id(), team.dialogue()))
        .isEmpty();
  }

  @Test
  void aLessonAppearsOnAnotherDialoguesPreparationButNotOnItsOwn() throws Exception {
    String marker = "Boka lokaler med hörslinga i god tid " + UUID.randomUUID();
    mvc.perform(
            post(base + "/lardomar")
                .with(leader)
                .with(csrf())
                .param("lesson", marker)
                .param("step", "DIALOGUE")
                .param("tags", "lokaler, tillgänglighet"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(base).with(leader)).andExpect(content().string(containsString(marker)));

    TeamDialogueMother next =
        TeamDialogueMother.create(
            municipalities, organisations, accounts, createDialogue, "Trygga lokaler");
    RequestPostProcessor nextLeader = user(accounts.actingAs(next.leader()));
    mvc.perform(get("/personal/dialoger/" + next.dialogue() + "/stadga").with(nextLeader))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(marker)))
        .andExpect(content().string(containsString("Trygg skolväg")));
    mvc.perform(get("/personal/dialoger/" + team.dialogue() + "/stadga").with(leader))
        .andExpect(content().string(not(containsString(marker))));
  }

  @Test
  void onlyTheTeamMayEvaluateAndAnUnknownDialogueIsNotFound() throws Exception {
    RequestPostProcessor outsider = user(accounts.actingAs(team.outsider()));
    mvc.perform(get(base).with(outsider)).andExpect(status().isForbidden());
    mvc.perform(
            post(base + "/lardomar")
                .with(outsider)
                .with(csrf())
                .param("lesson", "Något")
                .param("step", "DIALOGUE"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/personal/dialoger/" + UUID.randomUUID() + "/utvardering").with(leader))
        .andExpect(status().isNotFound());
  }

  @Test
  void anotherMunicipalityCannotReachTheEvaluation() throws Exception {
    FreshMunicipality other = FreshMunicipality.register(municipalities);
    var member = other.staff(accounts, "Annan Ledare", Role.PROCESS_LEADER);
    RequestPostProcessor signedIn = user(accounts.actingAs(member));
    mvc.perform(other.on(get(base)).with(signedIn)).andExpect(status().isNotFound());
  }
}
