package se.trygghetsdialog.perspective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.ManageTeam;
import se.trygghetsdialog.dialogue.Participation;
import se.trygghetsdialog.dialogue.ParticipationSource;
import se.trygghetsdialog.dialogue.TeamRole;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.registration.RegistrationEntry;
import se.trygghetsdialog.records.registration.RegistrationProbe;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * The dialogue team's themes, contact log and perspectives over HTTP: the rules, bad input, the
 * team-only policy, personal data, the map and its CSV, tenant isolation, and what other modules
 * read (participation, links from measures).
 */
@IntegrationTest
class PerspectiveIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired CreateDialogue createDialogue;
  @Autowired ManageTeam manageTeam;
  @Autowired Perspectives perspectives;
  @Autowired List<ParticipationSource> participation;
  @Autowired LinkInput linkInput;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  MunicipalityId municipality;
  StaffPrincipal leader;
  StaffPrincipal conversationLeader;
  DialogueId dialogue;
  String base;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    leader =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Pia Ledare", Role.PROCESS_LEADER));
    var member =
        StaffMother.staff(municipalities, accounts, "Sam Samtal", Role.CONVERSATION_LEADER);
    conversationLeader = accounts.actingAs(member);
    dialogue =
        createDialogue.create(
            municipality,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                "Trygg hamn " + UUID.randomUUID().toString().substring(0, 6),
                "Om hamnen",
                null,
                TopicOrigin.OFFICIAL,
                "",
                StaffMother.politicalBody(municipalities, organisations).id(),
                LocalDate.of(2026, 1, 10),
                "§ 7",
                "KS 2026/7"),
            leader);
    manageTeam.appoint(municipality, dialogue, member.id(), TeamRole.CONVERSATION_LEADER);
    base = "/personal/dialoger/" + dialogue.value();
  }

  String send(MockHttpServletRequestBuilder request, StaffPrincipal as, ResultMatcher expected)
      throws Exception {
    return mvc.perform(request.with(user(as)).with(csrf()))
        .andExpect(expected)
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  UUID theme(String name) throws Exception {
    send(
        post(base + "/teman").param("name", name).param("description", "Om " + name),
        conversationLeader,
        status().is3xxRedirection());
    return perspectives.themes(municipality, dialogue).stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  UUID contact(String channel, String people, String... counts) throws Exception {
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
        mvc.perform(request.with(user(conversationLeader)).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  void perspective(UUID contact, String kind, String text, UUID theme, String... flags)
      throws Exception {
    MockHttpServletRequestBuilder request =
        post(base + "/kontakter/" + contact + "/perspektiv")
            .param("token", UUID.randomUUID().toString())
            .param("kind", kind)
            .param("text", text)
            .param("themes", theme.toString());
    for (String flag : flags) {
      request.param(flag, "true");
    }
    send(request, conversationLeader, status().is3xxRedirection());
  }

  @Test
  void theTeamLogsContactsAndPerspectivesAndTheMapCountsThemPerThemeAndChannel() throws Exception {
    UUID centre = theme("Centrum");
    UUID youth = theme("Unga");
    UUID interview = contact("INTERVIEW", "2", "age30To49", "1", "women", "1", "men", "1");
    UUID street = contact("STREET_OUTREACH", "5", "ageUnder18", "4", "age18To29", "1");
    perspective(interview, "FEELING", "Otryggt vid busstationen på kvällen.", centre);
    perspective(street, "IDEA", "Öppna idrottshallen på fredagar.", youth);
    perspective(street, "STANCE", "Vi är inte farliga, vi vill bara vara ute.", youth, "dissent");

    PerspectiveMap map = perspectives.map(municipality, dialogue);
    assertThat(map.total()).isEqualTo(3);
    assertThat(map.dissent()).isEqualTo(1);
    assertThat(map.rows())
        .filteredOn(r -> youth.equals(r.themeId()))
        .singleElement()
        .satisfies(r -> assertThat(r.count(Channel.STREET_OUTREACH)).isEqualTo(2));

    String page = send(get(base + "/perspektiv"), conversationLeader, status().isOk());
    assertThat(page)
        .contains("<caption", "scope=\"col\"", "scope=\"row\"", "tabindex=\"0\"")
        .contains("Vi är inte farliga, vi vill bara vara ute.")
        .contains("Nej-röst")
        .contains(base + "/perspektiv/lista?tema=" + youth + "&kanal=STREET_OUTREACH");
    String cell =
        send(
            get(base + "/perspektiv/lista")
                .param("tema", youth.toString())
                .param("kanal", "STREET_OUTREACH"),
            conversationLeader,
            status().isOk());
    assertThat(cell).contains("Öppna idrottshallen på fredagar.").doesNotContain("busstationen");

    String csv = send(get(base + "/perspektiv/karta.csv"), conversationLeader, status().isOk());
    assertThat(csv.lines().toList())
        .contains("Unga,0,0,0,0,2,0,0,0,0,2", "Centrum,1,0,0,0,0,0,0,0,0,1");
  }

  @Test
  void countsOverThePeopleAreRefusedNamingTheField() throws Exception {
    String page =
        send(
            post(base + "/kontakter/ny")
                .param("channel", "MEETING")
                .param("date", "2026-11-02")
                .param("people", "3")
                .param("ageUnder18", "2")
                .param("age18To29", "2"),
            conversationLeader,
            status().isBadRequest());
    assertThat(page)
        .contains("href=\"#byAge\"")
        .contains("Åldersgrupperna summerar till fler än de 3 personerna.");
    assertThat(perspectives.contacts(municipality, dialogue)).isEmpty();
  }

  @Test
  void aNegativeCountIsRefusedNamingTheField() throws Exception {
    String page =
        send(
            post(base + "/kontakter/ny")
                .param("channel", "MEETING")
                .param("date", "2026-11-02")
                .param("people", "3")
                .param("women", "-1"),
            conversationLeader,
            status().isBadRequest());
    assertThat(page).contains("href=\"#women\"").contains("Antalet kan inte vara negativt.");
    send(
        post(base + "/kontakter/ny")
            .param("channel", "MEETING")
            .param("date", "2026-11-02")
            .param("people", "-4"),
        conversationLeader,
        status().isBadRequest());
    assertThat(perspectives.contacts(municipality, dialogue)).isEmpty();
  }

  @Test
  void aPerspectiveWithPersonalDataIsFlaggedAndShownMaskedOutsideTheTeam() throws Exception {
    UUID theme = theme("Förtroende");
    UUID contact = contact("PHONE", "1");
    perspective(contact, "STANCE", "Ring mig på 070-123 45 67 om bussen", theme);
    Perspective stored = perspectives.perspectives(municipality, dialogue).get(0);
    assertThat(stored.flagged()).isTrue();
    assertThat(stored.publicText()).doesNotContain("070-123 45 67");

    assertThat(send(get(base + "/kontakter/" + contact), conversationLeader, status().isOk()))
        .contains("070-123 45 67");
    StaffPrincipal official =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Olle Politiker", Role.ELECTED_OFFICIAL));
    String outside = send(get(base + "/perspektiv/lista"), official, status().isOk());
    assertThat(outside).doesNotContain("070-123 45 67").contains("Personuppgifter dolda");
    assertThat(perspectives.publicPerspectives(municipality, dialogue)).isEmpty();
    assertThat(linkInput.label(municipality, new InputRef("PERSPECTIVE", stored.id()))).isEmpty();
  }

  @Test
  void onlyTheDialoguesTeamMayLogAndEdit() throws Exception {
    StaffPrincipal otherLeader =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Per Annan", Role.PROCESS_LEADER));
    send(
        post(base + "/kontakter/ny")
            .param("channel", "MEETING")
            .param("date", "2026-11-02")
            .param("people", "3"),
        otherLeader,
        status().isForbidden());
    send(post(base + "/teman").param("name", "Utanför"), otherLeader, status().isForbidden());
    send(get(base + "/kontakter/ny"), otherLeader, status().isForbidden());
    assertThat(send(get(base + "/perspektiv"), otherLeader, status().isOk()))
        .doesNotContain(base + "/kontakter/ny");
    assertThat(perspectives.contacts(municipality, dialogue)).isEmpty();
    assertThat(perspectives.themes(municipality, dialogue)).isEmpty();
  }

  @Test
  void aContactOfAnotherDialogueIsNotFoundUnderThisOne() throws Exception {
    UUID contact = contact("MEETING", "4");
    send(
        get("/personal/dialoger/" + UUID.randomUUID() + "/kontakter/" + contact),
        conversationLeader,
        status().isNotFound());
  }

  @Test
  void anotherMunicipalitysStaffFindNothingOfTheDialogue(
      @Autowired org.springframework.web.context.WebApplicationContext context) throws Exception {
    contact("MEETING", "4");
    FreshMunicipality fresh = FreshMunicipality.register(municipalities);
    var outsider = fresh.staff(accounts, "Ulla Utanför", Role.PROCESS_LEADER);
    MockMvc site = se.trygghetsdialog.support.StaffSessions.mockMvc(context);
    var session = fresh.signIn(site, outsider);
    for (String path : List.of("/perspektiv", "/kontakter", "/teman", "/perspektiv/karta.csv")) {
      site.perform(fresh.on(get(base + path)).session(session)).andExpect(status().isNotFound());
    }
  }

  @Test
  void everyChangeIsAuditedAndTheContactsCountAsParticipation() throws Exception {
    UUID contact = contact("SCHOOL_VISIT", "20", "ageUnder18", "18", "women", "9", "men", "10");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql(
                            "SELECT count(*) FROM audit_event WHERE municipality_id = :m AND subject ="
                                + " :s AND action = 'perspective.contact-logged'")
                        .param("m", municipality.value())
                        .param("s", contact.toString())
                        .query(Integer.class)
                        .single()
                    == 1);
    List<Participation> reached =
        participation.stream()
            .flatMap(p -> p.participationIn(municipality, dialogue).stream())
            .toList();
    assertThat(reached)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.channelKey()).isEqualTo("perspective.channel.SCHOOL_VISIT");
              assertThat(p.people()).isEqualTo(20);
              assertThat(p.byAge()).containsEntry(AgeBand.UNDER_18, 18);
              assertThat(p.byGender()).containsEntry(Gender.MAN, 10);
            });
  }

  @Test
  void theMeasurePagesLinkFormTakesAPerspectiveSoYouSaidWeDidReachesAnInterview() throws Exception {
    UUID theme = theme("Belysning");
    UUID contact = contact("INTERVIEW", "1");
    perspective(contact, "IDEA", "Mer ljus i parken vid skolan.", theme);
    perspective(contact, "IDEA", "Ring mig på 070-123 45 67 om parken", theme);
    List<Perspective> heard = perspectives.perspectives(municipality, dialogue);
    UUID clean = heard.stream().filter(p -> !p.flagged()).findFirst().orElseThrow().id();
    UUID flagged = heard.stream().filter(Perspective::flagged).findFirst().orElseThrow().id();
    UUID measure =
        jdbc.sql("SELECT measure_id FROM measure WHERE municipality_id = :m LIMIT 1")
            .param("m", municipality.value())
            .query(UUID.class)
            .single();
    assertThat(linkInput.knownTypes()).contains("PERSPECTIVE");

    send(
        post("/personal/atgarder/" + measure + "/koppla")
            .param("inputType", "PERSPECTIVE")
            .param("inputId", flagged.toString()),
        leader,
        status().isBadRequest());
    send(
        post("/personal/atgarder/" + measure + "/koppla")
            .param("inputType", "PERSPECTIVE")
            .param("inputId", clean.toString()),
        leader,
        status().is3xxRedirection());
    assertThat(send(get("/personal/atgarder/" + measure), leader, status().isOk()))
        .contains("Mer ljus i parken vid skolan.")
        .doesNotContain("070-123 45 67");
    assertThat(perspectives.publicPerspectives(municipality, dialogue))
        .singleElement()
        .satisfies(p -> assertThat(p.themes()).containsExactly("Belysning"));
  }

  @Test
  void lysekilsDemoDialogueHasContactsAndPerspectives() {
    var demo =
        jdbc.sql(
                "SELECT dialogue_id FROM dialogue WHERE municipality_id = :m AND title = 'Trygghet i"
                    + " Lysekils kommun'")
            .param("m", municipality.value())
            .query(UUID.class)
            .optional();
    assertThat(demo).isPresent();
    var counts = perspectives.counts(municipality, new DialogueId(demo.get()));
    assertThat(counts.contacts()).isEqualTo(4);
    assertThat(counts.perspectives()).isEqualTo(6);
    assertThat(counts.dissent()).isEqualTo(1);
  }

  @Test
  void editsAreCheckedAsNewInputAndAStaleEditIsRefusedWithConflict() throws Exception {
    UUID kept = theme("Hamnen");
    UUID archived = theme("Gammalt");
    UUID contact = contact("MEETING", "3");
    perspective(contact, "IDEA", "Bänkar vid hamnen.", kept);
    UUID heard = perspectives.perspectives(municipality, dialogue).get(0).id();

    send(
        post(base + "/teman/" + archived + "/arkiv").param("archived", "true"),
        conversationLeader,
        status().is3xxRedirection());
    String refused =
        send(
            post(base + "/kontakter/" + contact + "/perspektiv")
                .param("kind", "IDEA")
                .param("text", "Fler papperskorgar.")
                .param("themes", archived.toString()),
            conversationLeader,
            status().isBadRequest());
    assertThat(refused).contains("href=\"#themes\"");

    send(
        post(base + "/perspektiv/" + heard)
            .param("version", "0")
            .param("kind", "STANCE")
            .param("text", "Bänkar och ljus vid hamnen.")
            .param("themes", kept.toString())
            .param("minority", "true"),
        conversationLeader,
        status().is3xxRedirection());
    send(
        post(base + "/perspektiv/" + heard)
            .param("version", "0")
            .param("kind", "IDEA")
            .param("text", "Något annat."),
        conversationLeader,
        status().isConflict());
    Perspective edited = perspectives.perspectives(municipality, dialogue).get(0);
    assertThat(edited.text()).isEqualTo("Bänkar och ljus vid hamnen.");
    assertThat(edited.minority()).isTrue();
    assertThat(edited.version()).isEqualTo(1);

    String overPeople =
        send(
            post(base + "/kontakter/" + contact + "/andra")
                .param("version", "0")
                .param("channel", "MEETING")
                .param("date", "2026-11-02")
                .param("people", "1")
                .param("women", "1")
                .param("men", "1"),
            conversationLeader,
            status().isBadRequest());
    assertThat(overPeople).contains("href=\"#byGender\"");
    assertThat(perspectives.contacts(municipality, dialogue).get(0).people()).isEqualTo(3);
  }

  @Test
  void aRepeatedSubmitLogsTheContactOnce() throws Exception {
    String token = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      send(
          post(base + "/kontakter/ny")
              .param("token", token)
              .param("channel", "EMAIL")
              .param("date", "2026-11-02")
              .param("people", "1"),
          conversationLeader,
          status().is3xxRedirection());
    }
    assertThat(perspectives.contacts(municipality, dialogue)).hasSize(1);
  }

  @Test
  void aLoggedContactIsRegisteredOnce(
      @Autowired org.springframework.context.ApplicationContext context) throws Exception {
    UUID contact = contact("PHONE", "1");
    RegistrationProbe probe = new RegistrationProbe(context);

    RegistrationEntry entry = probe.awaitEntry(municipality, RecordKind.CONTACT, contact);

    probe.assertRegisteredOnceWhenRepublished(
        entry, new ContactLogged(municipality, contact, java.time.OffsetDateTime.now()));
  }
}
