package se.trygghetsdialog.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.dialogue.ChangeStep;
import se.trygghetsdialog.dialogue.Charter;
import se.trygghetsdialog.dialogue.ConflictLevel;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueRuleViolation;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.dialogue.Participation;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.population.ImportPopulation;
import se.trygghetsdialog.population.Population;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.ParticipationLadder;

/**
 * Population import and a dialogue's participation against the database, each test on a
 * municipality of its own.
 */
@IntegrationTest
public class ParticipationIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired ParticipationLadder ladder;
  @Autowired CreateDialogue createDialogue;
  @Autowired FillCharter fillCharter;
  @Autowired ChangeStep changeStep;
  @Autowired Dialogues dialogues;
  @Autowired Population population;
  @Autowired ImportPopulation importPopulation;
  @Autowired Areas areas;
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

  /** A dialogue in step 2 led by {@link #leader}. */
  public static DialogueId inStepTwo(
      MunicipalityId m,
      StaffPrincipal leader,
      Organisations organisations,
      ParticipationLadder ladder,
      CreateDialogue createDialogue,
      FillCharter fillCharter,
      ChangeStep changeStep,
      Dialogues dialogues) {
    var body =
        organisations.register(m, "Nämnd " + UUID.randomUUID(), OrganisationKind.COMMITTEE, null);
    DialogueId id =
        createDialogue.create(
            m,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                "Trygg hamn",
                "Om hamnen",
                null,
                TopicOrigin.OFFICIAL,
                "",
                body.id(),
                LocalDate.of(2026, 1, 10),
                "§ 7",
                "KS 2026/7"),
            leader);
    fillCharter.fill(
        m,
        id,
        dialogues.find(m, id).orElseThrow().version(),
        new Charter(
            "inflytande",
            "underlag",
            "",
            true,
            "",
            ladder.levels(m).get(1).id(),
            ConflictLevel.LOW,
            "",
            "Boende kring hamnen",
            "Unga vuxna",
            "rapport",
            "",
            "Oro kring hamnen",
            0L,
            100,
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 6, 30),
            "Trygghetsgruppen",
            "Intervjuer i höst"),
        leader);
    changeStep.change(
        m,
        id,
        dialogues.find(m, id).orElseThrow().version(),
        DialogueStep.PERSPECTIVES,
        "Nu börjar samtalen.",
        leader);
    return id;
  }

  DialogueId inStepTwo() {
    return inStepTwo(
        municipality,
        accounts.actingAs(leader),
        organisations,
        ladder,
        createDialogue,
        fillCharter,
        changeStep,
        dialogues);
  }

  MockMultipartFile file(String name, String text) {
    return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  String csv(String... lines) {
    return "region;ålder;kön;år;antal\n" + String.join("\n", lines) + "\n";
  }

  @Test
  void aGoodFileIsImportedAndABadOneRefusedWholeNamingFileAndLine() throws Exception {
    MockHttpSession session = kommun.signIn(mvc, admin);
    String code = kommun.tenant().code();
    mvc.perform(
            kommun.on(
                multipart("/personal/admin/befolkning")
                    .file(
                        file(
                            "folkmangd.csv", csv(code + ";20;1;2024;300", code + ";20;2;2024;280")))
                    .session(session)
                    .with(csrf())))
        .andExpect(status().is3xxRedirection());
    assertThat(population.latest(municipality).orElseThrow().municipality()).hasSize(2);

    String page =
        mvc.perform(
                kommun.on(
                    multipart("/personal/admin/befolkning?lang=sv")
                        .file(
                            file(
                                "trasig.csv",
                                csv(
                                    code + ";20;1;2023;300",
                                    code + ";21;1;2023;-4",
                                    "9999A0001;5;2;2023;3")))
                        .session(session)
                        .with(csrf())))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("Filen trasig.csv, rad 3").contains("negativt");
    assertThat(population.years(municipality)).containsExactly(2024);
  }

  @Test
  void anUnknownRegionCodeIsRefusedUntilAnAreaHasIt() throws Exception {
    MockHttpSession session = kommun.signIn(mvc, admin);
    String page =
        mvc.perform(
                kommun.on(
                    multipart("/personal/admin/befolkning?lang=sv")
                        .file(file("deso.csv", csv("1234A0010;5;1;2024;40")))
                        .session(session)
                        .with(csrf())))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("Filen deso.csv, rad 2").contains("1234A0010");

    var area = areas.register(municipality, "Hamnen", "ort", 58.27, 11.43);
    mvc.perform(
            kommun.on(
                post("/personal/admin/befolkning/koder")
                    .param("area", area.id().toString())
                    .param("code", "1234a0010")
                    .session(session)
                    .with(csrf())))
        .andExpect(status().is3xxRedirection());
    assertThat(areas.codes(municipality)).containsEntry(area.id(), "1234A0010");
    mvc.perform(
            kommun.on(
                multipart("/personal/admin/befolkning")
                    .file(file("deso.csv", csv("1234A0010;5;1;2024;40")))
                    .session(session)
                    .with(csrf())))
        .andExpect(status().is3xxRedirection());
    assertThat(population.latest(municipality).orElseThrow().areas())
        .singleElement()
        .satisfies(f -> assertThat(f.areaId()).isEqualTo(area.id()));
  }

  @Test
  void onlyAnAdministratorImportsOrSetsTheThreshold() throws Exception {
    MockHttpSession session = kommun.signIn(mvc, leader);
    mvc.perform(
            kommun.on(
                multipart("/personal/admin/befolkning")
                    .file(file("f.csv", csv("1;5;1;2024;4")))
                    .session(session)
                    .with(csrf())))
        .andExpect(status().isForbidden());
    mvc.perform(
            kommun.on(
                post("/personal/admin/deltagande")
                    .param("threshold", "3")
                    .session(session)
                    .with(csrf())))
        .andExpect(status().isForbidden());
  }

  @Test
  void aThresholdOutOfRangeIsRefused() throws Exception {
    MockHttpSession session = kommun.signIn(mvc, admin);
    for (String bad : new String[] {"1", "abc", ""}) {
      mvc.perform(
              kommun.on(
                  post("/personal/admin/deltagande")
                      .param("threshold", bad)
                      .session(session)
                      .with(csrf())))
          .andExpect(status().isBadRequest());
    }
  }

  @Test
  void stepTwoCannotBeLeftUntilTheTeamHasRecordedTheGapCheck() throws Exception {
    DialogueId id = inStepTwo();
    StaffPrincipal pia = accounts.actingAs(leader);
    assertThatThrownBy(
            () ->
                changeStep.change(
                    municipality,
                    id,
                    dialogues.find(municipality, id).orElseThrow().version(),
                    DialogueStep.DIALOGUE,
                    "Vidare",
                    pia))
        .isInstanceOf(DialogueRuleViolation.class)
        .hasMessage("participation.error.gapCheckMissing");

    MockHttpSession session = kommun.signIn(mvc, leader);
    String base = "/personal/dialoger/" + id.value() + "/deltagande";
    mvc.perform(
            kommun.on(
                post(base + "/kontroll?lang=sv")
                    .param("findings", "")
                    .param("missingGroups", "Unga vuxna")
                    .param("actions", "Besök gymnasiet")
                    .session(session)
                    .with(csrf())))
        .andExpect(status().isBadRequest());
    mvc.perform(
            kommun.on(
                post(base + "/kontroll")
                    .param("findings", "Få unga vuxna")
                    .param("missingGroups", "18–29 år")
                    .param("actions", "Besök gymnasiet och föreningar")
                    .session(session)
                    .with(csrf())))
        .andExpect(status().is3xxRedirection());

    changeStep.change(
        municipality,
        id,
        dialogues.find(municipality, id).orElseThrow().version(),
        DialogueStep.DIALOGUE,
        "Vidare",
        pia);
    assertThat(dialogues.find(municipality, id).orElseThrow().step())
        .isEqualTo(DialogueStep.DIALOGUE);
  }

  @Test
  void staffOutsideTheTeamMayReadButNotRecordTheCheck() throws Exception {
    DialogueId id = inStepTwo();
    StaffMember other = kommun.staff(accounts, "Olle Annan", Role.PROCESS_LEADER);
    MockHttpSession session = kommun.signIn(mvc, other);
    String base = "/personal/dialoger/" + id.value() + "/deltagande";
    mvc.perform(kommun.on(get(base).session(session))).andExpect(status().isOk());
    mvc.perform(
            kommun.on(
                post(base + "/kontroll")
                    .param("findings", "x")
                    .param("missingGroups", "y")
                    .param("actions", "z")
                    .session(session)
                    .with(csrf())))
        .andExpect(status().isForbidden());
    StaffMember reporter = kommun.staff(accounts, "Rut Rapportör", Role.FIELD_REPORTER);
    mvc.perform(kommun.on(get(base).session(kommun.signIn(mvc, reporter))))
        .andExpect(status().isForbidden());
  }

  @Test
  void anotherMunicipalitySeesNothingOfTheDialoguesParticipation() throws Exception {
    DialogueId id = inStepTwo();
    FreshMunicipality second = FreshMunicipality.register(municipalities);
    StaffMember secondAdmin = second.staff(accounts, "Andra Admin", Role.ADMINISTRATOR);
    MockHttpSession session = second.signIn(mvc, secondAdmin);
    String base = "/personal/dialoger/" + id.value() + "/deltagande";
    mvc.perform(second.on(get(base).session(session))).andExpect(status().isNotFound());
    mvc.perform(second.on(get(base + "/alder.csv").session(session)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theTablesAndTheirCsvSuppressSmallCountsAndNameTheMissingGroup() throws Exception {
    DialogueId id = inStepTwo();
    String code = kommun.tenant().code();
    StringBuilder figures = new StringBuilder();
    for (String age : new String[] {"0-17", "18-29", "30-49", "50-64", "65+"}) {
      figures.append(code).append(';').append(age).append(";1;2024;500\n");
      figures.append(code).append(';').append(age).append(";2;2024;500\n");
    }
    importPopulation.importFile(
        municipality,
        new ImportPopulation.Upload(
            "f.csv", csv(figures.toString().strip()).getBytes(StandardCharsets.UTF_8)),
        false,
        null);
    TestParticipationSource.give(
        id,
        List.of(
            new Participation(
                "participation.group.unknownArea",
                null,
                43,
                Map.of(
                    AgeBand.UNDER_18, 3,
                    AgeBand.FROM_30_TO_49, 10,
                    AgeBand.FROM_50_TO_64, 12,
                    AgeBand.FROM_65, 18),
                Map.of(Gender.WOMAN, 25, Gender.MAN, 18))));
    MockHttpSession session = kommun.signIn(mvc, leader);
    String base = "/personal/dialoger/" + id.value() + "/deltagande";
    String page =
        mvc.perform(kommun.on(get(base + "?lang=sv").session(session)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("18–29 år: ingen nådd")
        .contains("&lt; 5")
        .doesNotContain(">3<")
        .contains("Unga vuxna");
    String csv =
        mvc.perform(kommun.on(get(base + "/alder.csv?lang=sv").session(session)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("Åldersgrupp;Nådda;Befolkning;Deltagandegrad")
        .containsPattern("0–17 år;< 5;1\\D?000;< 5")
        .containsPattern("18–29 år;0;1\\D?000;0,00 %");
  }
}
