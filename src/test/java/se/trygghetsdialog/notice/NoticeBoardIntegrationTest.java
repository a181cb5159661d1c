package se.trygghetsdialog.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The notice board over HTTP, each test in a municipality of its own: posting and its rules,
 * corrections, the check of a flagged text, attachments, the public board, archive and Atom feed,
 * and the publisher other modules use.
 */
@IntegrationTest
class NoticeBoardIntegrationTest {

  static final String ATOM = "http://www.w3.org/2005/Atom";

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired MockMvc mvc;
  @Autowired Notices notices;
  @Autowired NoticeRepository repository;
  @Autowired NoticePublisher publisher;
  @Autowired AuditLog audit;

  FreshMunicipality kommun;
  StaffPrincipal registrar;
  LocalDate today;

  @BeforeEach
  void setUp() {
    kommun = FreshMunicipality.register(municipalities);
    registrar = accounts.actingAs(kommun.staff(accounts, "Rut Registrator", Role.REGISTRAR));
    today = NoticePolicy.today();
  }

  static String marker() {
    return "Anslag " + StaffMother.uniqueWord();
  }

  /** The staff form with the given fields (a later value of a name replaces an earlier one). */
  MockMultipartHttpServletRequestBuilder form(String... fields) {
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      values.put(fields[i], fields[i + 1]);
    }
    MockMultipartHttpServletRequestBuilder request = multipart("/personal/anslagstavla/ny");
    values.forEach(request::param);
    request.with(csrf()).with(user(registrar));
    return kommun.on(request);
  }

  /** A valid announcement with {@code title}, up from today for ten days, with {@code changes}. */
  MockMultipartHttpServletRequestBuilder announcement(String title, String... changes) {
    List<String> fields =
        new java.util.ArrayList<>(
            List.of(
                "kind",
                "ANNOUNCEMENT",
                "title",
                title,
                "text",
                "Kommunen tillkännager att samrådet börjar.",
                "postedOn",
                today.toString(),
                "removedOn",
                today.plusDays(10).toString()));
    fields.addAll(List.of(changes));
    return form(fields.toArray(String[]::new));
  }

  String body(RequestBuilder request, int status) throws Exception {
    return mvc.perform(request)
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  String page(String path, int status) throws Exception {
    return body(kommun.on(get(path + (path.contains("?") ? "&" : "?") + "lang=sv")), status);
  }

  UUID posted(RequestBuilder request) throws Exception {
    String location =
        mvc.perform(request)
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/personal/anslagstavla/");
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  /** A notice stored as posted in the past, as the board has it after its days have passed. */
  UUID stored(String title, NoticeKind kind, LocalDate postedOn, LocalDate removedOn) {
    UUID id = UUID.randomUUID();
    repository.insert(
        new Notice(
            id,
            kommun.tenant().id(),
            kind,
            title,
            "Text till " + title,
            null,
            null,
            "",
            postedOn,
            removedOn,
            "",
            Set.of(),
            false,
            null,
            null,
            OffsetDateTime.now(),
            0),
        null);
    return id;
  }

  @Test
  void aRegistrarPostsANoticeThatTheBoardShowsWithItsDatesAndTheAuditLogRecords() throws Exception {
    String title = marker();
    UUID id = posted(announcement(title));

    String board = page("/anslagstavla", 200);
    assertThat(board).contains(title).contains("/anslagstavla/" + id);
    assertThat(page("/anslagstavla?typ=ANNOUNCEMENT", 200)).contains(title);
    assertThat(page("/anslagstavla?typ=PROCLAMATION", 200)).doesNotContain(title);
    String notice = page("/anslagstavla/" + id, 200);
    assertThat(notice)
        .contains(title)
        .contains("Uppsatt")
        .contains("Sista dag på anslagstavlan")
        .contains("Kommunen tillkännager att samrådet börjar.");
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                audit.about(kommun.tenant().id(), id.toString()).stream()
                    .anyMatch(
                        e ->
                            e.action().equals("notice.posted")
                                && registrar.accountId().equals(e.actorAccountId())));
  }

  @Test
  void aNoticeIsNotShownBeforeItsPostingDayNorOnTheBoardAfterItsRemovalDay() throws Exception {
    String coming = marker();
    UUID comingId = posted(announcement(coming, "postedOn", today.plusDays(1).toString()));
    String gone = marker();
    UUID goneId = stored(gone, NoticeKind.OTHER, today.minusDays(30), today);

    String board = page("/anslagstavla", 200);
    assertThat(board).doesNotContain(coming).doesNotContain(gone);
    page("/anslagstavla/" + comingId, 404);
    assertThat(page("/anslagstavla/" + goneId, 200)).contains(gone).contains("Nedtaget");
  }

  @Test
  void aRemovalDayOnOrBeforeThePostingDayIsRefused() throws Exception {
    String title = marker();
    String answer = body(announcement(title, "removedOn", today.toString()), 400);
    assertThat(answer).contains("Nedtagningsdagen måste ligga efter uppsättningsdagen.");
    assertThat(page("/anslagstavla", 200)).doesNotContain(title);
  }

  @Test
  void aPostingDayInThePastIsRefused() throws Exception {
    String answer = body(announcement(marker(), "postedOn", today.minusDays(1).toString()), 400);
    assertThat(answer).contains("Uppsättningsdagen kan inte ligga före i dag.");
  }

  @Test
  void anAdjustedProtocolMustStayUpUntilTheTimeForAppealHasRunOut() throws Exception {
    String[] protocol = {
      "kind",
      "PROTOCOL_ADJUSTED",
      "text",
      "Protokollet är justerat.",
      "meetingDate",
      today.minusDays(5).toString(),
      "adjustedOn",
      today.minusDays(1).toString(),
      "protocolLocation",
      "Kommunledningskontoret",
      "postedOn",
      today.toString()
    };
    String tooEarly = today.plusWeeks(3).toString();
    String answer = body(form(protocol).param("title", marker()).param("removedOn", tooEarly), 400);
    assertThat(answer)
        .contains("tills tiden för överklagande har gått ut")
        .contains("kommunallagen 8 kap. 12 §")
        .contains(today.plusWeeks(3).plusDays(1).toString());

    String title = marker();
    UUID id =
        posted(
            form(protocol)
                .param("title", title)
                .param("removedOn", today.plusWeeks(3).plusDays(1).toString()));
    Notice notice = notices.find(kommun.tenant().id(), id).orElseThrow();
    assertThat(notice.lastDay()).isEqualTo(today.plusWeeks(3));
    assertThat(page("/anslagstavla/" + id, 200))
        .contains("Kommunledningskontoret")
        .contains("Sammanträdesdag")
        .contains("Protokollet justerades");
  }

  @Test
  void anAdjustedProtocolNeedsItsMeetingDayAdjustmentDayAndPlace() throws Exception {
    String answer =
        body(
            form(
                "kind", "PROTOCOL_ADJUSTED",
                "title", marker(),
                "text", "Protokollet är justerat.",
                "postedOn", today.toString(),
                "removedOn", today.plusDays(30).toString()),
            400);
    assertThat(answer).contains("Ange sammanträdesdagen för det justerade protokollet.");
  }

  @Test
  void anUnknownKindOrAMalformedDateIsRefusedWithAClearMessage() throws Exception {
    assertThat(body(announcement(marker(), "kind", "DECREE"), 400))
        .contains("Välj en av typerna i listan.");
    assertThat(body(announcement(marker(), "removedOn", "31 februari"), 400))
        .contains("Nedtagningsdagen måste vara ett riktigt datum");
    assertThat(page("/anslagstavla?typ=DECREE", 400)).doesNotContain("Exception");
  }

  @Test
  void aTamperedOrForeignIdIsNotFound() throws Exception {
    page("/anslagstavla/inte-ett-id", 404);
    page("/anslagstavla/" + UUID.randomUUID(), 404);
    page("/anslagstavla/" + UUID.randomUUID() + "/bilaga", 404);
    UUID id = posted(announcement(marker()));
    FreshMunicipality other = FreshMunicipality.register(municipalities);
    StaffPrincipal otherRegistrar =
        accounts.actingAs(other.staff(accounts, "Olle Registrator", Role.REGISTRAR));
    mvc.perform(other.on(get("/anslagstavla/" + id))).andExpect(status().isNotFound());
    mvc.perform(other.on(get("/personal/anslagstavla/" + id).with(user(otherRegistrar))))
        .andExpect(status().isNotFound());
    mvc.perform(
            other.on(
                post("/personal/anslagstavla/" + id + "/rattelse")
                    .with(csrf())
                    .with(user(otherRegistrar))
                    .param("version", "0")
                    .param("title", "Kapat")
                    .param("text", "Kapat")
                    .param("removedOn", today.plusDays(5).toString())))
        .andExpect(status().isNotFound());
    assertThat(notices.find(kommun.tenant().id(), id).orElseThrow().title()).isNotEqualTo("Kapat");
  }

  @Test
  void staffOtherThanAdministratorsAndRegistrarsMayNotPost() throws Exception {
    StaffPrincipal moderator =
        accounts.actingAs(kommun.staff(accounts, "Mona Moderator", Role.MODERATOR));
    mvc.perform(kommun.on(get("/personal/anslagstavla/ny").with(user(moderator))))
        .andExpect(status().isForbidden());
    StaffPrincipal admin =
        accounts.actingAs(kommun.staff(accounts, "Ada Admin", Role.ADMINISTRATOR));
    mvc.perform(kommun.on(get("/personal/anslagstavla/ny").with(user(admin))))
        .andExpect(status().isOk());
  }

  @Test
  void aPdfAttachmentIsServedAsAPdfAndAnythingElseIsRefused() throws Exception {
    byte[] pdf = "%PDF-1.4\n%demo\n".getBytes(StandardCharsets.US_ASCII);
    String title = marker();
    UUID id =
        posted(
            announcement(title)
                .file(
                    new MockMultipartFile("attachment", "protokoll.pdf", "application/pdf", pdf)));
    mvc.perform(kommun.on(get("/anslagstavla/" + id + "/bilaga")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    assertThat(page("/anslagstavla/" + id, 200)).contains("protokoll.pdf");

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    String notPdf = marker();
    assertThat(
            body(
                announcement(notPdf)
                    .file(new MockMultipartFile("attachment", "bild.pdf", "application/pdf", png)),
                400))
        .contains("Bilagan måste vara en PDF-fil.");
    byte[] large = new byte[NoticeAttachment.MAX_BYTES + 1];
    System.arraycopy(pdf, 0, large, 0, pdf.length);
    assertThat(
            body(
                announcement(marker())
                    .file(
                        new MockMultipartFile("attachment", "stor.pdf", "application/pdf", large)),
                400))
        .contains("Bilagan får vara högst 8 MB.");
    assertThat(page("/anslagstavla", 200)).doesNotContain(notPdf);
  }

  @Test
  void aTextWithPersonalDataIsPostedOnlyAfterStaffConfirmTheyCheckedIt() throws Exception {
    String title = marker();
    String text = "Frågor besvaras av handläggaren på telefon 070-123 45 67.";
    String refused = body(announcement(title, "text", text), 400);
    assertThat(refused)
        .contains("Texten kan innehålla personuppgifter")
        .contains("telefonnummer")
        .contains("Jag har kontrollerat texten");
    assertThat(page("/anslagstavla", 200)).doesNotContain(title);

    UUID id = posted(announcement(title, "text", text, "checked", "yes"));
    Notice notice = notices.find(kommun.tenant().id(), id).orElseThrow();
    assertThat(notice.flagged()).isTrue();
    assertThat(
            body(
                kommun.on(get("/personal/anslagstavla/" + id + "?lang=sv").with(user(registrar))),
                200))
        .contains("Granskningen hittade möjliga personuppgifter: telefonnummer");
    assertThat(page("/anslagstavla/" + id, 200)).doesNotContain("Granskningen hittade");
  }

  @Test
  void aCorrectionKeepsTheEarlierWordingAndTheNoticeSaysWhenItWasCorrected() throws Exception {
    String title = marker();
    UUID id = posted(announcement(title, "text", "Samrådet börjar den 1 mars."));
    String corrected = "Samrådet börjar den 8 mars.";
    mvc.perform(
            kommun.on(
                post("/personal/anslagstavla/" + id + "/rattelse")
                    .with(csrf())
                    .with(user(registrar))
                    .param("version", "0")
                    .param("title", title)
                    .param("text", corrected)
                    .param("removedOn", today.plusDays(12).toString())))
        .andExpect(status().is3xxRedirection());

    String notice = page("/anslagstavla/" + id, 200);
    assertThat(notice)
        .contains(corrected)
        .contains("Rättad")
        .contains("Tidigare lydelse")
        .contains("Samrådet börjar den 1 mars.");
    assertThat(notices.versions(kommun.tenant().id(), id))
        .singleElement()
        .satisfies(v -> assertThat(v.text()).isEqualTo("Samrådet börjar den 1 mars."));

    // The same form sent again is based on a version that is gone.
    mvc.perform(
            kommun.on(
                post("/personal/anslagstavla/" + id + "/rattelse")
                    .with(csrf())
                    .with(user(registrar))
                    .param("version", "0")
                    .param("title", title)
                    .param("text", "Samrådet börjar den 9 mars.")
                    .param("removedOn", today.plusDays(12).toString())))
        .andExpect(status().isConflict());
    assertThat(notices.find(kommun.tenant().id(), id).orElseThrow().text()).isEqualTo(corrected);
  }

  @Test
  void aNoticeTakenDownCannotBeCorrected() throws Exception {
    UUID id = stored(marker(), NoticeKind.OTHER, today.minusDays(20), today.minusDays(1));
    String answer =
        body(
            kommun.on(
                post("/personal/anslagstavla/" + id + "/rattelse?lang=sv")
                    .with(csrf())
                    .with(user(registrar))
                    .param("version", "0")
                    .param("title", "Ny rubrik")
                    .param("text", "Ny text")
                    .param("removedOn", today.plusDays(5).toString())),
            400);
    assertThat(answer).contains("Ett nedtaget anslag kan inte rättas.");
  }

  @Test
  void theArchiveListsRemovedNoticesAndFindsThemByTitle() throws Exception {
    String word = StaffMother.uniqueWord();
    String removed = "Kungörelse om " + word;
    stored(removed, NoticeKind.PROCLAMATION, today.minusDays(40), today.minusDays(10));
    String current = "Pågående " + word;
    stored(current, NoticeKind.OTHER, today.minusDays(2), today.plusDays(5));

    String archive = page("/anslagstavla/arkiv?sok=" + word, 200);
    assertThat(archive).contains(removed).doesNotContain(current);
    assertThat(page("/anslagstavla/arkiv?sok=finns-inte-" + word, 200))
        .doesNotContain(removed)
        .contains("Inga nedtagna anslag matchar.");
    assertThat(page("/anslagstavla/arkiv?sok=%25", 200)).doesNotContain("Exception");
  }

  @Test
  void theAtomFeedIsValidAtomWithTheCurrentNotices() throws Exception {
    String title = marker();
    UUID id = posted(announcement(title));
    stored(marker(), NoticeKind.OTHER, today.minusDays(40), today.minusDays(10));

    byte[] feed =
        mvc.perform(kommun.on(get("/anslagstavla/atom.xml")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
    Element root = document.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(root.getLocalName()).isEqualTo("feed");
    // RFC 4287 4.1.1: exactly one id, title and updated; an author (here on the feed); a self link.
    for (String required : List.of("id", "title", "updated", "author")) {
      assertThat(children(root, required)).as(required).hasSize(1);
    }
    OffsetDateTime.parse(text(root, "updated"));
    assertThat(links(root, "self"))
        .singleElement()
        .satisfies(l -> assertThat(l).endsWith("/anslagstavla/atom.xml"));

    List<Element> entries = children(root, "entry");
    assertThat(entries).hasSize(1);
    Set<String> ids = new HashSet<>();
    for (Element entry : entries) {
      for (String required : List.of("id", "title", "updated", "published", "content")) {
        assertThat(children(entry, required)).as("entry " + required).hasSize(1);
      }
      assertThat(ids.add(text(entry, "id"))).isTrue();
      assertThat(text(entry, "id")).startsWith("urn:uuid:");
      OffsetDateTime.parse(text(entry, "updated"));
      OffsetDateTime.parse(text(entry, "published"));
      assertThat(links(entry, "alternate")).hasSize(1);
    }
    Element entry = entries.get(0);
    assertThat(text(entry, "title")).isEqualTo(title);
    assertThat(text(entry, "id")).isEqualTo("urn:uuid:" + id);
    assertThat(links(entry, "alternate").get(0)).endsWith("/anslagstavla/" + id);
  }

  static List<Element> children(Element parent, String name) {
    NodeList nodes = parent.getChildNodes();
    List<Element> found = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  static String text(Element parent, String name) {
    return children(parent, name).get(0).getTextContent();
  }

  static List<String> links(Element parent, String rel) {
    return children(parent, "link").stream()
        .filter(l -> rel.equals(l.getAttribute("rel")))
        .map(l -> l.getAttribute("href"))
        .toList();
  }

  @Test
  void anotherModulePostsThroughThePublisherAndAFlaggedNoticeWaitsForTheStaffCheck()
      throws Exception {
    String clean = marker();
    UUID cleanId =
        publisher.publish(
            kommun.tenant().id(),
            NoticeKind.ANNOUNCEMENT,
            clean,
            "Kommunfullmäktige har beslutat om medborgarförslaget.",
            today,
            today.plusDays(21),
            "KS 2026/123");
    assertThat(page("/anslagstavla/" + cleanId, 200)).contains(clean);
    assertThat(notices.find(kommun.tenant().id(), cleanId).orElseThrow().sourceReference())
        .isEqualTo("KS 2026/123");

    String flagged = marker();
    UUID flaggedId =
        publisher.publish(
            kommun.tenant().id(),
            NoticeKind.ANNOUNCEMENT,
            flagged,
            "Förslagsställaren nås på anna.andersson@example.se.",
            today,
            today.plusDays(21),
            "KS 2026/124");
    page("/anslagstavla/" + flaggedId, 404);
    assertThat(page("/anslagstavla", 200)).doesNotContain(flagged);
    assertThat(
            body(
                kommun.on(
                    get("/personal/anslagstavla/" + flaggedId + "?lang=sv").with(user(registrar))),
                200))
        .contains("Det visas inte förrän någon har kontrollerat texten")
        .contains("e-postadress");

    mvc.perform(
            kommun.on(
                post("/personal/anslagstavla/" + flaggedId + "/kontrollerad")
                    .with(csrf())
                    .with(user(registrar))))
        .andExpect(status().is3xxRedirection());
    assertThat(page("/anslagstavla/" + flaggedId, 200)).contains(flagged);
    mvc.perform(
            kommun.on(
                post("/personal/anslagstavla/" + flaggedId + "/kontrollerad")
                    .with(csrf())
                    .with(user(registrar))))
        .andExpect(status().isBadRequest());

    assertThatThrownBy(
            () ->
                publisher.publish(
                    kommun.tenant().id(),
                    NoticeKind.PROTOCOL_ADJUSTED,
                    marker(),
                    "Protokoll.",
                    today,
                    today.plusDays(30),
                    ""))
        .isInstanceOf(NoticeRuleViolation.class);
    assertThatThrownBy(
            () ->
                publisher.publish(
                    kommun.tenant().id(), NoticeKind.OTHER, marker(), "Text.", today, today, ""))
        .isInstanceOf(NoticeRuleViolation.class)
        .hasMessage("notice.error.removedOn.notAfterPosting");
  }
}
