package se.trygghetsdialog.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
class SessionPagesIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired CreateDialogue createDialogue;
  @Autowired Sessions sessions;
  @Autowired SessionParticipation participation;
  @Autowired java.util.List<InputResolver> resolvers;

  TeamDialogueMother team;
  RequestPostProcessor leader;
  MunicipalityId municipality;
  String base;

  @BeforeEach
  void setUp() {
    team =
        TeamDialogueMother.create(
            municipalities, organisations, accounts, createDialogue, "Trygga kvällar");
    municipality = StaffMother.tenant(municipalities).id();
    leader = user(accounts.actingAs(team.leader()));
    base = "/personal/dialoger/" + team.dialogue() + "/moten";
  }

  private MockHttpServletRequestBuilder plan(String date, String start, String end) {
    return plan("PHYSICAL", date, start, end);
  }

  private MockHttpServletRequestBuilder plan(String format, String date, String start, String end) {
    return post(base)
        .with(leader)
        .with(csrf())
        .param("token", UUID.randomUUID().toString())
        .param("format", format)
        .param("title", "Möte om torget")
        .param("agenda", "1. Välkomna\n2. Torget på kvällen")
        .param("venue", "Stadshuset, Lysekil")
        .param("stepFree", "true")
        .param("hearingLoop", "true")
        .param("date", date)
        .param("start", start)
        .param("end", end)
        .param("materialLinks", "https://example.org/underlag.pdf");
  }

  private String planned(String date, String start, String end) throws Exception {
    String location =
        mvc.perform(plan(date, start, end))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith(base + "/");
    return location;
  }

  @Test
  void aSessionInTheAutumnHalfTermIsPlannedWithAWarning() throws Exception {
    String session = planned("2026-10-28", "18:00", "20:00");
    mvc.perform(get(session).with(leader))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("höstlovet")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Hörslinga")));
  }

  @Test
  void warnsWhenEverySessionIsDuringWorkingHours() throws Exception {
    planned("2026-11-10", "09:00", "11:00");
    planned("2026-11-17", "13:00", "15:00");
    mvc.perform(get(base).with(leader))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Alla möten ligger på vardagar under arbetstid")));
  }

  @Test
  void noSameTimeWarningWhenOneSessionIsInTheEvening() throws Exception {
    planned("2026-11-10", "09:00", "11:00");
    planned("2026-11-17", "18:00", "20:00");
    mvc.perform(get(base).with(leader))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Alla möten ligger"))));
  }

  @Test
  void refusesASessionThatEndsBeforeItStarts() throws Exception {
    mvc.perform(plan("2026-11-10", "18:00", "17:00"))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Mötet måste sluta efter att det börjar.")));
    assertThat(sessions.of(municipality, team.dialogue())).isEmpty();
  }

  @Test
  void refusesADigitalSessionWithoutALinkAndAPlanWithoutDate() throws Exception {
    mvc.perform(plan("", "18:00", "20:00"))
        .andExpect(status().isBadRequest())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Ange ett giltigt datum.")));
    mvc.perform(plan("DIGITAL", "2026-11-10", "18:00", "20:00"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Ange en länk")));
  }

  @Test
  void refusesNegativeCountsAndCountsOverTheTotal() throws Exception {
    String session = planned("2026-11-10", "18:00", "20:00");
    mvc.perform(post(session + "/utfall").with(leader).with(csrf()).param("attended", "-3"))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString("Antalet kan inte vara negativt.")));
    mvc.perform(
            post(session + "/utfall")
                .with(leader)
                .with(csrf())
                .param("attended", "10")
                .param("age18to29", "8")
                .param("age65", "5"))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Summan av antalen är större än antalet deltagare.")));
    mvc.perform(
            post(session + "/utfall")
                .with(leader)
                .with(csrf())
                .param("attended", "10")
                .param("women", "6")
                .param("men", "6"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void notesWithPersonalDataAreFlaggedAndCannotBeSentUntilEdited() throws Exception {
    String session = planned("2026-11-10", "18:00", "20:00");
    mvc.perform(
            post(session + "/utfall")
                .with(leader)
                .with(csrf())
                .param("attended", "12")
                .param("notes", "Ring Anna Svensson på 070-123 45 67 om torget.")
                .param("agreements", "Fler vuxna på torget"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(session).with(leader))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Möjliga personuppgifter")));
    mvc.perform(post(session + "/skicka").with(leader).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString("kan innehålla personuppgifter")));
    UUID id = UUID.fromString(session.substring(session.lastIndexOf('/') + 1));
    String material = sessions.materialPath(id);
    mvc.perform(get(material))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("070-123"))));

    mvc.perform(
            post(session + "/utfall")
                .with(leader)
                .with(csrf())
                .param("attended", "12")
                .param("notes", "Deltagarna vill ha mer belysning vid torget.")
                .param("agreements", "Fler vuxna på torget"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post(session + "/skicka").with(leader).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(material))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("mer belysning")));
  }

  @Test
  void anInvitationMailsTheMaterialLinkWhichShowsNoAddress() throws Exception {
    String session = planned("2026-11-10", "18:00", "20:00");
    String email = StaffSessions.uniqueEmail("deltagare");
    mvc.perform(post(session + "/inbjudan").with(leader).with(csrf()).param("emails", email))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(session).with(leader))
        .andExpect(content().string(org.hamcrest.Matchers.containsString(email)));
    var mail = TestMailServer.awaitMail(email, "Inbjudan till dialogmöte");
    Matcher link = Pattern.compile("(/motesmaterial/[A-Za-z0-9_-]{43})").matcher(mail.body());
    assertThat(link.find()).isTrue();
    mvc.perform(get(link.group(1)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Möte om torget")))
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(email))));
  }

  @Test
  void refusesAnAddressThatIsNotOne() throws Exception {
    String session = planned("2026-11-10", "18:00", "20:00");
    mvc.perform(
            post(session + "/inbjudan").with(leader).with(csrf()).param("emails", "inte-en-adress"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("inte en e-postadress")));
  }

  @Test
  void anUnknownDialogueOrSessionIsNotFoundAndAWrongMaterialTokenToo() throws Exception {
    mvc.perform(get("/personal/dialoger/" + UUID.randomUUID() + "/moten").with(leader))
        .andExpect(status().isNotFound());
    mvc.perform(get(base + "/" + UUID.randomUUID()).with(leader)).andExpect(status().isNotFound());
    mvc.perform(get("/motesmaterial/" + "a".repeat(43))).andExpect(status().isNotFound());
    mvc.perform(get("/motesmaterial/kort")).andExpect(status().isNotFound());
  }

  @Test
  void staffOutsideTheTeamAreRefused() throws Exception {
    String session = planned("2026-11-10", "18:00", "20:00");
    RequestPostProcessor outsider = user(accounts.actingAs(team.outsider()));
    mvc.perform(get(base).with(outsider)).andExpect(status().isForbidden());
    mvc.perform(get(session).with(outsider)).andExpect(status().isForbidden());
    mvc.perform(post(session + "/utfall").with(outsider).with(csrf()).param("attended", "3"))
        .andExpect(status().isForbidden());
  }

  @Test
  void anotherMunicipalitySeesNeitherTheSessionsNorTheMaterial() throws Exception {
    String session = planned("2026-11-10", "18:00", "20:00");
    UUID id = UUID.fromString(session.substring(session.lastIndexOf('/') + 1));
    FreshMunicipality other = FreshMunicipality.register(municipalities);
    var member = other.staff(accounts, "Annan Ledare", Role.PROCESS_LEADER);
    RequestPostProcessor signedIn = user(accounts.actingAs(member));
    mvc.perform(other.on(get(base)).with(signedIn)).andExpect(status().isNotFound());
    mvc.perform(other.on(get(sessions.materialPath(id)))).andExpect(status().isNotFound());
  }

  @Test
  void attendanceCountsAsParticipationAndAgreementsAreInputsForProposals() throws Exception {
    String session = planned("2026-11-10", "18:00", "20:00");
    mvc.perform(
            post(session + "/utfall")
                .with(leader)
                .with(csrf())
                .param("attended", "12")
                .param("ageUnder18", "4")
                .param("women", "7")
                .param("agreements", "Belysning vid torget\nFler vuxna ute"))
        .andExpect(status().is3xxRedirection());
    assertThat(participation.participationIn(municipality, team.dialogue()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.people()).isEqualTo(12);
              assertThat(p.byAge()).containsEntry(se.trygghetsdialog.shared.AgeBand.UNDER_18, 4);
              assertThat(p.byGender()).containsEntry(se.trygghetsdialog.shared.Gender.WOMAN, 7);
            });
    var agreements = sessions.agreementsOf(municipality, team.dialogue());
    assertThat(agreements)
        .extracting(Agreement::text)
        .containsExactly("Belysning vid torget", "Fler vuxna ute");
    InputResolver resolver =
        resolvers.stream()
            .filter(r -> r.type().equals("SESSION_AGREEMENT"))
            .findFirst()
            .orElseThrow();
    assertThat(resolver.label(municipality, agreements.get(0).id()))
        .contains("Belysning vid torget");
  }

  @Test
  void agreementsOfASessionWhoseTextsAreFlaggedAreNoInputForProposals() throws Exception {
    String session = planned("2026-11-10", "18:00", "20:00");
    mvc.perform(
            post(session + "/utfall")
                .with(leader)
                .with(csrf())
                .param("attended", "12")
                .param("agreements", "Ring Anna Svensson på 070-123 45 67 om torget"))
        .andExpect(status().is3xxRedirection());
    Agreement flagged = sessions.agreementsOf(municipality, team.dialogue()).get(0);
    InputResolver resolver =
        resolvers.stream()
            .filter(r -> r.type().equals("SESSION_AGREEMENT"))
            .findFirst()
            .orElseThrow();
    assertThat(resolver.label(municipality, flagged.id())).isEmpty();
    assertThat(resolver.newest(municipality, 1000)).doesNotContain(flagged.id());

    mvc.perform(
            post(session + "/utfall")
                .with(leader)
                .with(csrf())
                .param("attended", "12")
                .param("agreements", "Fler vuxna på torget"))
        .andExpect(status().is3xxRedirection());
    Agreement clean = sessions.agreementsOf(municipality, team.dialogue()).get(0);
    assertThat(resolver.label(municipality, clean.id())).contains("Fler vuxna på torget");
    assertThat(resolver.newest(municipality, 1000)).contains(clean.id());
  }
}
