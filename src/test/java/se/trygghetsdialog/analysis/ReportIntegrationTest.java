package se.trygghetsdialog.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.perspective.Perspectives;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The report to the decision-makers over HTTP: the draft and its parts, freezing (refused while a
 * required part is empty, numbered versions that never change), the public pages, the team-only
 * policy and tenant isolation.
 */
@IntegrationTest
class ReportIntegrationTest {

  @Autowired ReportDialogues data;
  @Autowired ReportVersions versions;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Perspectives perspectives;

  ReportDialogues.Setup d;
  UUID theme;
  UUID interview;

  @BeforeEach
  void setUp() throws Exception {
    d = data.create();
    theme = d.theme("Hamnen");
    interview = d.contact("INTERVIEW", "6", "age30To49", "6", "women", "3", "men", "3");
    d.perspective(interview, "FEELING", "Otryggt vid hamnen när det är mörkt.", theme);
    d.perspective(interview, "STANCE", "Hamnen är trygg som den är.", theme, "dissent");
  }

  @Test
  void theDraftShowsEveryPartInOrderAndListsTheEmptyRequiredParts() throws Exception {
    String page = d.send(get(d.draft(ReportKind.DECISION_BASIS)), d.member(), status().isOk());
    assertThat(page)
        .containsSubsequence(
            "Syfte och uppdrag",
            "Vilka som deltog jämfört med befolkningen",
            "Har vi missat någon?",
            "Perspektivkarta",
            "Åsiktsgrupper och samsyn",
            "Mönster i platsrapporterna",
            "Dialogmöten och överenskommelser",
            "Förslagen och perspektiven bakom dem",
            "Det som inte gick att påverka")
        .contains("<th scope=\"col\"", "<th scope=\"row\"", "Nej-röst: Hamnen är trygg som den är");
    String missing = page.substring(page.indexOf("id=\"missing-list\""));
    missing = missing.substring(0, missing.indexOf("</ul>"));
    assertThat(missing)
        .contains("Har vi missat någon?", "Förslagen och perspektiven bakom dem")
        .doesNotContain("Perspektivkarta");

    String compiled =
        d.send(get(d.draft(ReportKind.COMPILED_PERSPECTIVES)), d.member(), status().isOk());
    assertThat(compiled)
        .contains("Perspektivkarta", "Dialogmöten och överenskommelser")
        .doesNotContain("Förslagen och perspektiven bakom dem");
  }

  @Test
  void freezingWithAnEmptyRequiredPartIsRefusedNamingTheParts() throws Exception {
    String refused = d.freeze(ReportKind.COMPILED_PERSPECTIVES, 1, status().isBadRequest());
    assertThat(refused)
        .contains("kan inte frysas medan de här delarna saknar innehåll: Har vi missat någon?");
    assertThat(versions.of(d.municipality(), d.dialogue().value())).isEmpty();

    d.gapCheck();
    String decision = d.freeze(ReportKind.DECISION_BASIS, 1, status().isBadRequest());
    assertThat(decision).contains("Förslagen och perspektiven bakom dem");
    assertThat(versions.of(d.municipality(), d.dialogue().value())).isEmpty();
  }

  @Test
  void freezingGivesVersionOneThenTwoAndAFrozenVersionNeverChanges() throws Exception {
    d.gapCheck();
    d.freeze(ReportKind.COMPILED_PERSPECTIVES, 1, status().is3xxRedirection());
    String path = ReportVersions.path(d.dialogue().value(), ReportKind.COMPILED_PERSPECTIVES, 1);
    String first = d.read(path, status().isOk());
    assertThat(first)
        .contains("Nej-röst: Hamnen är trygg som den är", "Teamet har samlat &lt; 5 perspektiv");

    d.perspective(interview, "IDEA", "Bättre belysning vid färjeläget.", theme, "minority");
    d.perspective(interview, "IDEA", "Fler bänkar på kajen.", theme);
    d.perspective(interview, "IDEA", "En trygghetsvärd på fredagar.", theme);
    d.freeze(ReportKind.COMPILED_PERSPECTIVES, 2, status().is3xxRedirection());

    String again = d.read(path, status().isOk());
    assertThat(again)
        .contains("Teamet har samlat &lt; 5 perspektiv")
        .doesNotContain("Bättre belysning vid färjeläget");
    String second =
        d.read(
            ReportVersions.path(d.dialogue().value(), ReportKind.COMPILED_PERSPECTIVES, 2),
            status().isOk());
    assertThat(second)
        .contains(
            "Teamet har samlat 5 perspektiv",
            "Minoritetsperspektiv: Bättre belysning vid färjeläget");
    assertThat(versions.of(d.municipality(), d.dialogue().value()))
        .extracting(ReportVersions.Summary::number)
        .containsExactly(2, 1);

    assertThat(perspectives.mapCounted(d.municipality(), d.dialogue()))
        .as("the map counted in the database is the map counted in Java")
        .isEqualTo(perspectives.map(d.municipality(), d.dialogue()));

    // A form for a number already taken is refused; nothing is frozen twice.
    d.freeze(ReportKind.COMPILED_PERSPECTIVES, 2, status().isConflict());
    assertThat(versions.of(d.municipality(), d.dialogue().value())).hasSize(2);

    String dialoguePage = d.read("/dialoger/" + d.dialogue().value(), status().isOk());
    assertThat(dialoguePage)
        .contains("Sammanställning av perspektiv, version 1", path + ".pdf")
        .contains("Sammanställning av perspektiv, version 2");
    await()
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action ="
                                    + " 'analysis.reportFrozen' AND subject IN (SELECT"
                                    + " version_id::text FROM analysis_report_version WHERE"
                                    + " dialogue_id = :d)")
                            .param("d", d.dialogue().value())
                            .query(Integer.class)
                            .single())
                    .isEqualTo(2));

    d.read(path.replace("/1", "/3"), status().isNotFound());
    d.read(path.replace("sammanstallning", "okand"), status().isNotFound());
    d.read(path + "/perspektivkarta.csv", status().isOk());
    d.read(path + "/finnsinte.csv", status().isNotFound());
  }

  @Test
  void staffOutsideTheTeamMayNeitherReadTheDraftNorFreeze() throws Exception {
    d.gapCheck();
    d.send(get(d.draft(ReportKind.COMPILED_PERSPECTIVES)), d.outsider(), status().isForbidden());
    d.send(
        post(d.draft(ReportKind.COMPILED_PERSPECTIVES) + "/frys").param("expectedNumber", "1"),
        d.outsider(),
        status().isForbidden());
    assertThat(versions.of(d.municipality(), d.dialogue().value())).isEmpty();
    d.send(get(d.draft(ReportKind.COMPILED_PERSPECTIVES)), d.leader(), status().isOk());
  }

  @Test
  void anotherMunicipalitySeesNothingOfTheReports() throws Exception {
    d.gapCheck();
    d.freeze(ReportKind.COMPILED_PERSPECTIVES, 1, status().is3xxRedirection());
    String path = ReportVersions.path(d.dialogue().value(), ReportKind.COMPILED_PERSPECTIVES, 1);

    FreshMunicipality other = FreshMunicipality.register(municipalities);
    var admin = other.staff(accounts, "Anna Admin", Role.ADMINISTRATOR, Role.PROCESS_LEADER);
    MockMvc mvc = StaffSessions.mockMvc(context);
    var session = other.signIn(mvc, admin);
    mvc.perform(other.on(get(d.draft(ReportKind.COMPILED_PERSPECTIVES)).session(session)))
        .andExpect(status().isNotFound());
    mvc.perform(other.on(get(path))).andExpect(status().isNotFound());
    mvc.perform(other.on(get(path + ".pdf"))).andExpect(status().isNotFound());
    mvc.perform(other.on(get(path + "/perspektivkarta.csv"))).andExpect(status().isNotFound());
  }
}
