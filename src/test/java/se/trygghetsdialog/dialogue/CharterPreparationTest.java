package se.trygghetsdialog.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * The charter of step 1 records the preparation checklist: context, time and resources, who in the
 * organisation takes part, and how and when residents are involved.
 */
@IntegrationTest
class CharterPreparationTest {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired CreateDialogue createDialogue;
  @Autowired Dialogues dialogues;
  @Autowired MockMvc mvc;

  MunicipalityId municipality;
  StaffPrincipal leader;
  DialogueId id;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    var body = StaffMother.politicalBody(municipalities, organisations);
    leader =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Pia Ledare", Role.PROCESS_LEADER));
    id = createDialogue.create(municipality, DialogueMother.harbour(body.id(), null), leader);
  }

  /** The charter form filled in, with some fields typed differently. */
  MockHttpServletRequestBuilder charter(String... overrides) {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put(
        "version", Integer.toString(dialogues.find(municipality, id).orElseThrow().version()));
    fields.put("context", "Oron i hamnen har ökat sedan i våras.");
    fields.put("budgetSek", "120000");
    fields.put("staffHours", "350");
    fields.put("periodStart", "2026-09-01");
    fields.put("periodEnd", "2027-05-31");
    fields.put("organisationParticipants", "Trygghetsgruppen och hamnkontoret");
    fields.put("residentInvolvement", "Intervjuer i höst och dialoggrupper i vår");
    for (int i = 0; i < overrides.length; i += 2) {
      fields.put(overrides[i], overrides[i + 1]);
    }
    MockHttpServletRequestBuilder request =
        post("/personal/dialoger/" + id.value() + "/stadga?lang=sv")
            .with(user(leader))
            .with(csrf());
    fields.forEach(request::param);
    return request;
  }

  String body(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request)
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theCharterKeepsContextResourcesAndInvolvementAndThePublicPageShowsThem() throws Exception {
    mvc.perform(charter()).andExpect(status().is3xxRedirection());

    Charter saved = dialogues.find(municipality, id).orElseThrow().charter();
    assertThat(saved.context()).isEqualTo("Oron i hamnen har ökat sedan i våras.");
    assertThat(saved.budgetSek()).isEqualTo(120_000L);
    assertThat(saved.staffHours()).isEqualTo(350);
    assertThat(saved.periodStart()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(saved.periodEnd()).isEqualTo(LocalDate.of(2027, 5, 31));
    assertThat(saved.organisationParticipants()).isEqualTo("Trygghetsgruppen och hamnkontoret");
    assertThat(saved.residentInvolvement()).isEqualTo("Intervjuer i höst och dialoggrupper i vår");

    assertThat(body(get("/personal/dialoger/" + id.value() + "/stadga").with(user(leader)), 200))
        .contains("Oron i hamnen har ökat sedan i våras.")
        .contains("value=\"120000\"")
        .contains("value=\"2027-05-31\"");
    assertThat(body(get("/dialoger/" + id.value() + "?lang=sv"), 200))
        .contains("Oron i hamnen har ökat sedan i våras.")
        .contains("Intervjuer i höst och dialoggrupper i vår")
        .contains("Trygghetsgruppen och hamnkontoret")
        .contains("350 timmar");
  }

  @Test
  void aBudgetThatIsNotAWholeNumberIsRefusedWithAMessage() throws Exception {
    assertThat(body(charter("budgetSek", "mycket"), 400))
        .contains("govuk-error-summary")
        .contains("Budgeten ska vara ett helt antal kronor");
    assertThat(body(charter("budgetSek", "-5"), 400))
        .contains("Budgeten ska vara ett helt antal kronor, 0 eller mer.");
    assertThat(dialogues.find(municipality, id).orElseThrow().charter().budgetSek()).isNull();
  }

  @Test
  void negativeHoursAndAPeriodEndingBeforeItStartsAreRefused() throws Exception {
    assertThat(body(charter("staffHours", "-1"), 400))
        .contains("Arbetstimmarna ska vara ett helt antal, 0 eller mer.");
    assertThat(body(charter("periodEnd", "2026-08-01"), 400))
        .contains("Slutdatum kan inte ligga före startdatum.");
    assertThat(body(charter("periodStart", "2026-13-45"), 400)).contains("Ange ett riktigt datum");
    assertThat(dialogues.find(municipality, id).orElseThrow().charter().context()).isEmpty();
  }

  @Test
  void anOversizeContextIsRefused() throws Exception {
    assertThat(body(charter("context", "x".repeat(4001)), 400))
        .contains("Texten får vara högst 4000 tecken.");
  }
}
