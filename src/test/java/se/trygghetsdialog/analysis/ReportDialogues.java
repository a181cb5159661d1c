package se.trygghetsdialog.analysis;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsdialog.dialogue.ChangeStep;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.dialogue.ManageTeam;
import se.trygghetsdialog.dialogue.TeamRole;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.participation.ParticipationIntegrationTest;
import se.trygghetsdialog.perspective.Perspectives;
import se.trygghetsdialog.session.Sessions;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.ParticipationLadder;

/**
 * Test data for the report tests: a dialogue of the demo municipality in step 2 with a process
 * leader and a conversation leader in its team and a process leader outside it, and the team's work
 * on it entered through the staff pages (themes, contacts, perspectives, the gap check, sessions).
 */
@Component
public class ReportDialogues {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired ParticipationLadder ladder;
  @Autowired CreateDialogue createDialogue;
  @Autowired FillCharter fillCharter;
  @Autowired ChangeStep changeStep;
  @Autowired Dialogues dialogues;
  @Autowired ManageTeam manageTeam;
  @Autowired Perspectives perspectives;
  @Autowired Sessions sessions;
  @Autowired MockMvc mvc;

  /** One dialogue and its staff. */
  public record Setup(
      ReportDialogues data,
      MunicipalityId municipality,
      DialogueId dialogue,
      StaffPrincipal leader,
      StaffPrincipal member,
      StaffPrincipal outsider) {

    public String staffBase() {
      return "/personal/dialoger/" + dialogue.value();
    }

    /** The path of the team's draft page of a kind. */
    public String draft(ReportKind kind) {
      return staffBase() + "/underlag/" + kind.slug();
    }

    public String send(MockHttpServletRequestBuilder request, StaffPrincipal as, ResultMatcher ok)
        throws Exception {
      return data.mvc
          .perform(request.with(user(as)).with(csrf()))
          .andExpect(ok)
          .andReturn()
          .getResponse()
          .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A public page (no one signed in). */
    public String read(String path, ResultMatcher ok) throws Exception {
      return data.mvc
          .perform(get(path))
          .andExpect(ok)
          .andReturn()
          .getResponse()
          .getContentAsString(StandardCharsets.UTF_8);
    }

    public byte[] bytes(String path) throws Exception {
      return data.mvc
          .perform(get(path))
          .andExpect(status().isOk())
          .andReturn()
          .getResponse()
          .getContentAsByteArray();
    }

    public UUID theme(String name) throws Exception {
      send(
          post(staffBase() + "/teman").param("name", name).param("description", "Om " + name),
          member,
          status().is3xxRedirection());
      return data.perspectives.themes(municipality, dialogue).stream()
          .filter(t -> t.name().equals(name))
          .findFirst()
          .orElseThrow()
          .id();
    }

    /** Logs a contact; {@code counts} are pairs of form field and count. */
    public UUID contact(String channel, String people, String... counts) throws Exception {
      MockHttpServletRequestBuilder request =
          post(staffBase() + "/kontakter/ny")
              .param("token", UUID.randomUUID().toString())
              .param("channel", channel)
              .param("date", "2026-11-02")
              .param("people", people);
      for (int i = 0; i + 1 < counts.length; i += 2) {
        request.param(counts[i], counts[i + 1]);
      }
      String location =
          data.mvc
              .perform(request.with(user(member)).with(csrf()))
              .andExpect(status().is3xxRedirection())
              .andReturn()
              .getResponse()
              .getRedirectedUrl();
      return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Records a perspective heard in a contact; {@code flags} are minority or dissent. */
    public void perspective(UUID contact, String kind, String text, UUID theme, String... flags)
        throws Exception {
      MockHttpServletRequestBuilder request =
          post(staffBase() + "/kontakter/" + contact + "/perspektiv")
              .param("token", UUID.randomUUID().toString())
              .param("kind", kind)
              .param("text", text)
              .param("themes", theme.toString());
      for (String flag : flags) {
        request.param(flag, "true");
      }
      send(request, member, status().is3xxRedirection());
    }

    /** The team records the gap check. */
    public void gapCheck() throws Exception {
      send(
          post(staffBase() + "/deltagande/kontroll")
              .param("findings", "Unga vuxna saknas nästan helt.")
              .param("missingGroups", "Unga vuxna 18–29 år")
              .param("actions", "Besök gymnasiet och idrottsföreningarna."),
          member,
          status().is3xxRedirection());
    }

    /** A digital session held with {@code attended} people, its notes and agreements. */
    public void session(String title, int attended, String notes, String agreements)
        throws Exception {
      send(
          post(staffBase() + "/moten")
              .param("token", UUID.randomUUID().toString())
              .param("format", "DIGITAL")
              .param("title", title)
              .param("digitalLink", "https://mote.example/abc")
              .param("date", "2026-11-20")
              .param("start", "18:00")
              .param("end", "20:00"),
          leader,
          status().is3xxRedirection());
      UUID id =
          data.sessions.of(municipality, dialogue).stream()
              .filter(s -> s.title().equals(title))
              .findFirst()
              .orElseThrow()
              .id();
      send(
          post(staffBase() + "/moten/" + id + "/utfall")
              .param("attended", String.valueOf(attended))
              .param("notes", notes)
              .param("agreements", agreements),
          leader,
          status().is3xxRedirection());
    }

    /** Freezes the draft of {@code kind} as version {@code number}; answers with the status. */
    public String freeze(ReportKind kind, int number, ResultMatcher expected) throws Exception {
      return send(
          post(draft(kind) + "/frys").param("expectedNumber", String.valueOf(number)),
          leader,
          expected);
    }
  }

  /** A new dialogue in step 2 of the demo municipality. */
  public Setup create() {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    StaffPrincipal leader =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Pia Ledare", Role.PROCESS_LEADER));
    var member =
        StaffMother.staff(municipalities, accounts, "Sam Samtal", Role.CONVERSATION_LEADER);
    StaffPrincipal outsider =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Olle Utanför", Role.PROCESS_LEADER));
    DialogueId id =
        ParticipationIntegrationTest.inStepTwo(
            m, leader, organisations, ladder, createDialogue, fillCharter, changeStep, dialogues);
    manageTeam.appoint(m, id, new ManageTeam.Command(member.id(), TeamRole.CONVERSATION_LEADER));
    return new Setup(this, m, id, leader, accounts.actingAs(member), outsider);
  }
}
