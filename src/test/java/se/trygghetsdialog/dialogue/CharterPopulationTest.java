package se.trygghetsdialog.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.population.ImportPopulation;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * The charter page shows the population behind the target groups: by age band and sex for the
 * dialogue’s area (else the whole municipality), with the source and date of the statistics; an
 * empty state when none are imported. Each test on a municipality of its own.
 */
@IntegrationTest
class CharterPopulationTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired Areas areas;
  @Autowired CreateDialogue createDialogue;
  @Autowired ImportPopulation importPopulation;
  @Autowired WebApplicationContext context;

  FreshMunicipality kommun;
  MunicipalityId municipality;
  StaffMember admin;
  StaffMember leader;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    kommun = FreshMunicipality.register(municipalities);
    municipality = kommun.tenant().id();
    admin = kommun.staff(accounts, "Adam Admin", Role.ADMINISTRATOR);
    leader = kommun.staff(accounts, "Pia Ledare", Role.PROCESS_LEADER);
    mvc = StaffSessions.mockMvc(context);
  }

  DialogueId dialogue(@Nullable UUID area) {
    var body =
        organisations.register(
            municipality, "Nämnd " + UUID.randomUUID(), OrganisationKind.COMMITTEE, null);
    return createDialogue.create(
        municipality, DialogueMother.harbour(body.id(), area), accounts.actingAs(leader));
  }

  String charterPage(DialogueId id, StaffMember who) throws Exception {
    MockHttpSession session = kommun.signIn(mvc, who);
    return mvc.perform(
            kommun.on(get("/personal/dialoger/" + id.value() + "/stadga?lang=sv").session(session)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  void importFigures(String name, String... lines) {
    String csv = "region;ålder;kön;år;antal\n" + String.join("\n", lines) + "\n";
    importPopulation.importFile(
        municipality,
        new ImportPopulation.Upload(name, csv.getBytes(StandardCharsets.UTF_8)),
        false,
        null);
  }

  @Test
  void withoutStatisticsThePageSaysSoAndOffersTheImportToAnAdministratorOnly() throws Exception {
    DialogueId id = dialogue(null);
    String forAdmin = charterPage(id, admin);
    assertThat(forAdmin)
        .contains("Ingen befolkningsstatistik är importerad")
        .contains("href=\"/personal/admin/befolkning\"");
    String forLeader = charterPage(id, leader);
    assertThat(forLeader)
        .contains("Ingen befolkningsstatistik är importerad")
        .doesNotContain("href=\"/personal/admin/befolkning\"");
  }

  @Test
  void theAreasFiguresByAgeAndSexAreShownWithTheirSource() throws Exception {
    Area hamnen = areas.register(municipality, "Hamnen", "ort", 58.27, 11.43);
    areas.assignCodes(municipality, java.util.Map.of(hamnen.id(), "1234A0010"));
    String code = kommun.tenant().code();
    importFigures(
        "folkmangd-2024.csv",
        code + ";20;1;2024;3000",
        code + ";20;2;2024;2800",
        "1234A0010;20;1;2024;311",
        "1234A0010;20;2;2024;289",
        "1234A0010;70;2;2024;145");

    String page = charterPage(dialogue(hamnen.id()), leader);
    assertThat(page)
        .contains("Befolkningen i Hamnen den 31 december 2024")
        .contains(">311<")
        .contains(">289<")
        .contains(">600<")
        .contains(">745<")
        .contains("folkmangd-2024.csv")
        .doesNotContain("Ingen befolkningsstatistik");

    String whole = charterPage(dialogue(null), leader);
    assertThat(whole)
        .contains("Befolkningen i hela kommunen den 31 december 2024")
        .contains(">5800<")
        .doesNotContain(">311<");
  }

  @Test
  void anAreaWithoutFiguresFallsBackToTheWholeMunicipalityAndSaysSo() throws Exception {
    Area torget = areas.register(municipality, "Torget", "ort", 58.27, 11.43);
    importFigures("kommun.csv", kommun.tenant().code() + ";40;1;2024;1200");
    assertThat(charterPage(dialogue(torget.id()), leader))
        .contains("Statistiken har inga siffror för området Torget")
        .contains("Befolkningen i hela kommunen den 31 december 2024")
        .contains(">1200<");
  }
}
