package se.trygghetsdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.perspective.Perspective;
import se.trygghetsdialog.perspective.Perspectives;
import se.trygghetsdialog.session.Sessions;
import se.trygghetsdialog.session.TeamDialogueMother;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * No public page of a dialogue, and none of its exports, carries a name, an e-mail address or a
 * phone number the team wrote down, or a count of people under the small-cell threshold. The
 * dialogue gets a contact of two people in one age band whose perspective names a person with
 * address and phone, a perspective first linked to a proposal and then edited to hold a phone
 * number, and a dialogue session with notes and an agreement holding the same; then every public
 * page and export of the dialogue is fetched.
 */
@IntegrationTest
class PublicPagesCarryNoPersonalDataTest {

  static final String NAME = "Agneta Björklund";
  static final String EMAIL = "agneta.bjorklund@example.se";
  static final String PHONE = "070-123 45 67";

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired CreateDialogue createDialogue;
  @Autowired Perspectives perspectives;
  @Autowired Sessions sessions;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  MunicipalityId municipality;
  StaffPrincipal leader;
  DialogueId dialogue;
  String title;
  String base;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    title = "Trygg kaj " + StaffMother.uniqueWord();
    TeamDialogueMother team =
        TeamDialogueMother.create(municipalities, organisations, accounts, createDialogue, title);
    leader = accounts.actingAs(team.leader());
    dialogue = team.dialogue();
    base = "/personal/dialoger/" + dialogue.value();
  }

  @Test
  void noPublicPageOrExportOfADialogueShowsAPersonOrASmallCell() throws Exception {
    String personal = "Prata med " + NAME + ", " + EMAIL + ", " + PHONE + ", om kajen.";

    // A contact of two people, both 65 or older: a cell under the threshold of 5.
    UUID contact = contact("INTERVIEW", "2", "age65Plus", "2", "women", "2");
    perspective(contact, "FEELING", personal);
    perspective(contact, "IDEA", "Ljus längs hela kajen.");

    // A clean perspective linked to a proposal, then edited to hold personal data.
    Perspective clean =
        perspectives.perspectives(municipality, dialogue).stream()
            .filter(p -> p.text().equals("Ljus längs hela kajen."))
            .findFirst()
            .orElseThrow();
    String measure = proposal();
    send(
        post(measure + "/koppla")
            .param("inputType", "PERSPECTIVE")
            .param("inputId", clean.id().toString()),
        status().is3xxRedirection());
    send(
        post(base + "/perspektiv/" + clean.id())
            .param("version", String.valueOf(clean.version()))
            .param("kind", "IDEA")
            .param("text", "Ljus längs kajen, ring " + NAME + " på " + PHONE + "."),
        status().is3xxRedirection());

    // A session of two people 65 or older, with notes and an agreement naming a person.
    String session = session();
    send(
        post(session + "/utfall")
            .param("attended", "2")
            .param("age65", "2")
            .param("women", "2")
            .param("notes", personal)
            .param("agreements", "Ring " + NAME + " på " + PHONE + " om " + title),
        status().is3xxRedirection());
    mvc.perform(post(session + "/skicka").with(user(leader)).with(csrf()))
        .andExpect(status().isBadRequest());
    // The agreement holds personal data: it cannot be picked for a proposal, nor linked by its id.
    String measureSearch =
        send(get(measure).param("typ", "SESSION_AGREEMENT").param("sok", "Ring"), status().isOk());
    assertNoPerson("search for agreements", measureSearch);
    UUID agreement =
        jdbc.sql("SELECT agreement_id FROM dialogue_session_agreement WHERE text LIKE :t")
            .param("t", "%" + title)
            .query(UUID.class)
            .single();
    mvc.perform(
        post(measure + "/koppla")
            .with(user(leader))
            .with(csrf())
            .param("inputType", "SESSION_AGREEMENT")
            .param("inputId", agreement.toString()));
    assertNoPerson("the proposal's page", send(get(measure), status().isOk()));
    String material =
        sessions.materialPath(UUID.fromString(session.substring(session.lastIndexOf('/') + 1)));

    List<String> publicPages =
        List.of(
            "/dialoger",
            "/dialoger/" + dialogue.value(),
            "/dialoger/" + dialogue.value() + "/atgarder",
            "/dialoger/" + dialogue.value() + "/resultat",
            "/dialoger/" + dialogue.value() + "/pastaenden/export/comments.csv",
            "/dialoger/" + dialogue.value() + "/pastaenden/export/votes.csv",
            "/dialoger/" + dialogue.value() + "/pastaenden/export/participants-votes.csv",
            "/amnen",
            "/atgardsplan",
            "/trygghetskarta/rutnat.csv",
            "/trygghetskarta/rutnat.geojson",
            material);
    List<String> checked = new ArrayList<>();
    for (String page : publicPages) {
      String body = anonymous(page);
      assertNoPerson(page, body);
      checked.add(page);
    }
    assertThat(anonymous(material)).contains("Möte om kajen");

    // The team's own exports, which go on to reports: no person, and no count of people under 5.
    assertNoPerson("perspective map", send(get(base + "/perspektiv/karta.csv"), status().isOk()));
    for (String export :
        List.of(
            base + "/deltagande/kanal.csv",
            base + "/deltagande/omrade.csv",
            base + "/deltagande/alder.csv",
            base + "/deltagande/kon.csv")) {
      String csv = send(get(export), status().isOk());
      assertNoPerson(export, csv);
      for (String line : csv.lines().toList()) {
        assertThat(line.split("[;,]"))
            .as("%s: %s", export, line)
            .noneMatch(cell -> cell.strip().equals("2") || cell.strip().equals("4"));
      }
    }
    String ages = send(get(base + "/deltagande/alder.csv"), status().isOk());
    assertThat(ages.lines().filter(l -> l.startsWith("65 år och äldre")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("< 5"));
    String page = send(get(base + "/deltagande"), status().isOk());
    assertThat(page).contains("&lt; 5");
    assertThat(checked).hasSize(publicPages.size());
  }

  private static void assertNoPerson(String page, String body) {
    assertThat(body)
        .as(page)
        .doesNotContain(NAME)
        .doesNotContain("Björklund")
        .doesNotContain(EMAIL)
        .doesNotContain(PHONE)
        .doesNotContain("070-123");
  }

  private String anonymous(String path) throws Exception {
    return mvc.perform(get(path).param("lang", "sv"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private String send(
      MockHttpServletRequestBuilder request,
      org.springframework.test.web.servlet.ResultMatcher expected)
      throws Exception {
    return mvc.perform(request.param("lang", "sv").with(user(leader)).with(csrf()))
        .andExpect(expected)
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private UUID contact(String channel, String people, String... counts) throws Exception {
    MockHttpServletRequestBuilder request =
        post(base + "/kontakter/ny")
            .param("token", UUID.randomUUID().toString())
            .param("channel", channel)
            .param("date", "2026-11-02")
            .param("people", people);
    for (int i = 0; i + 1 < counts.length; i += 2) {
      request.param(counts[i], counts[i + 1]);
    }
    String location =
        mvc.perform(request.with(user(leader)).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  private void perspective(UUID contact, String kind, String text) throws Exception {
    send(
        post(base + "/kontakter/" + contact + "/perspektiv")
            .param("token", UUID.randomUUID().toString())
            .param("kind", kind)
            .param("text", text),
        status().is3xxRedirection());
  }

  private String proposal() throws Exception {
    String location =
        mvc.perform(
                post("/personal/atgarder/ny")
                    .with(user(leader))
                    .with(csrf())
                    .param("creationToken", UUID.randomUUID().toString())
                    .param("dialogueId", dialogue.value().toString())
                    .param("kind", "PROPOSAL")
                    .param("title", "Ljus vid kajen")
                    .param("description", "Belysning längs kajen.")
                    .param("horizon", "SHORT_TERM")
                    .param("owner", "Tekniska avdelningen")
                    .param("ownerKind", "MUNICIPALITY"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/personal/atgarder/");
    return location.replaceFirst("\\?.*$", "");
  }

  private String session() throws Exception {
    String location =
        mvc.perform(
                post(base + "/moten")
                    .with(user(leader))
                    .with(csrf())
                    .param("token", UUID.randomUUID().toString())
                    .param("format", "PHYSICAL")
                    .param("title", "Möte om kajen")
                    .param("agenda", "1. Välkomna")
                    .param("venue", "Stadshuset")
                    .param("date", "2026-11-10")
                    .param("start", "18:00")
                    .param("end", "20:00"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return location;
  }
}
