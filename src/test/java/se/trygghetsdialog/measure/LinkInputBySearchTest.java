package se.trygghetsdialog.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Staff link an input to a measure by searching for it and picking it from the results, on the
 * measure's page and without JavaScript; an id typed by hand that has the wrong form is explained.
 */
@IntegrationTest
class LinkInputBySearchTest {

  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired CreateDialogue createDialogue;
  @Autowired ProposeMeasure proposeMeasure;
  @Autowired Measures measures;

  MunicipalityId municipality;
  DialogueId dialogue;
  String unique;
  MeasureId measure;
  MockMvc mvc;
  MockHttpSession session;

  @BeforeEach
  void setUp() throws Exception {
    municipality = StaffMother.tenant(municipalities).id();
    unique = StaffMother.uniqueWord();
    StaffMember leader =
        StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
    var actor = accounts.actingAs(leader);
    dialogue =
        createDialogue.create(
            municipality,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                "Belysning vid hamnen " + unique,
                "Hur blir hamnen tryggare?",
                null,
                TopicOrigin.ELECTED_OFFICIAL,
                "",
                StaffMother.politicalBody(municipalities, organisations).id(),
                LocalDate.now(),
                "§ 1",
                "KS 2026/" + unique),
            actor);
    measure =
        proposeMeasure.propose(
            municipality, MeasureMother.proposal("Fler lampor " + unique), actor);
    mvc = StaffSessions.mockMvc(context);
    session =
        StaffSessions.signIn(
            mvc, leader.email(), MeasureIntegrationTest.StaffMotherPassword.PASSWORD);
  }

  private String page() {
    return "/personal/atgarder/" + measure.value();
  }

  private static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aSearchListsMatchingInputsToPickAndPickingOneLinksIt() throws Exception {
    String choice = "DIALOGUE:" + dialogue.value();
    var found =
        mvc.perform(get(page()).param("sok", "hamnen " + unique).param("typ", "").session(session))
            .andReturn()
            .getResponse();
    assertThat(found.getStatus()).isEqualTo(200);
    assertThat(body(found)).contains("value=\"" + choice + "\"").contains("Belysning vid hamnen");

    var none =
        mvc.perform(get(page()).param("sok", "finns-inte-" + unique).session(session))
            .andReturn()
            .getResponse();
    assertThat(body(none)).contains("id=\"search-none\"").doesNotContain("value=\"" + choice);

    var linked =
        mvc.perform(
                post(page() + "/koppla")
                    .param("choice", choice)
                    .param("sok", "hamnen " + unique)
                    .param("typ", "")
                    .session(session)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(linked.getStatus()).isEqualTo(302);
    assertThat(measures.view(municipality, measure).orElseThrow().links())
        .anyMatch(l -> l.input().equals(InputRef.dialogue(dialogue.value())));
  }

  @Test
  void pickingNothingFromTheResultsAsksToChooseAndKeepsTheResults() throws Exception {
    var response =
        mvc.perform(
                post(page() + "/koppla")
                    .param("sok", "hamnen " + unique)
                    .param("typ", "DIALOGUE")
                    .session(session)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response))
        .contains("Välj ett av underlagen i listan.")
        .contains("value=\"DIALOGUE:" + dialogue.value() + "\"");
  }

  @Test
  void aMalformedIdIsExplainedRatherThanAskedFor() throws Exception {
    var response =
        mvc.perform(
                post(page() + "/koppla")
                    .param("inputType", "DIALOGUE")
                    .param("inputId", "12345")
                    .session(session)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response)).contains("Id:t har fel form").doesNotContain("Skriv id:t");
  }
}
