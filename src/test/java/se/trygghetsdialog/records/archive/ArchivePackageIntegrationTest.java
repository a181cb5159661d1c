package se.trygghetsdialog.records.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.actionplan.AdoptActionPlan;
import se.trygghetsdialog.dialogue.ChangeStep;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureMother;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.participation.ParticipationIntegrationTest;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.pdf.TaggedPdf;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.ParticipationLadder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive package of a closed dialogue: opened, its metadata.json checked against the files
 * (names, sizes, SHA-256), and every PDF checked for the PDF/A-2b markers with PDFBox.
 */
@IntegrationTest
class ArchivePackageIntegrationTest {

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired ParticipationLadder ladder;
  @Autowired CreateDialogue createDialogue;
  @Autowired FillCharter fillCharter;
  @Autowired ChangeStep changeStep;
  @Autowired Dialogues dialogues;
  @Autowired AuditLog auditLog;
  @Autowired ProposeMeasure proposeMeasure;
  @Autowired AdoptActionPlan adoptPlan;

  FreshMunicipality kommun;
  StaffMember leader;
  MockMvc mvc;
  DialogueId dialogue;

  @BeforeEach
  void setUp() {
    kommun = FreshMunicipality.register(municipalities);
    leader = kommun.staff(accounts, "Pia Arkiv", Role.PROCESS_LEADER);
    mvc = StaffSessions.mockMvc(context);
    dialogue =
        ParticipationIntegrationTest.inStepTwo(
            kommun.tenant().id(),
            accounts.actingAs(leader),
            organisations,
            ladder,
            createDialogue,
            fillCharter,
            changeStep,
            dialogues);
  }

  void close() {
    jdbc.sql("UPDATE dialogue SET current_step = 'CAPACITY' WHERE dialogue_id = :d")
        .param("d", dialogue.value())
        .update();
    byte[] pdf =
        TaggedPdf.render(
            Path.of("/usr/share/fonts/truetype/dejavu"),
            "Sammanställning",
            "Nya kommunen",
            "Sammanställning",
            doc -> doc.heading("H1", "Sammanställning åäö", doc.body()));
    jdbc.sql(
            """
            INSERT INTO analysis_report_version (version_id, municipality_id, dialogue_id, kind,
              number, content, pdf) VALUES (:id, :m, :d, 'COMPILED_PERSPECTIVES', 1, '{}'::jsonb, :pdf)
            """)
        .param("id", UUID.randomUUID())
        .param("m", kommun.tenant().id().value())
        .param("d", dialogue.value())
        .param("pdf", pdf)
        .update();
  }

  String path() {
    return "/personal/dialoger/" + dialogue.value() + "/arkivpaket.zip";
  }

  /** The package as downloaded by the leader, by file name. */
  Map<String, byte[]> download() throws Exception {
    MockHttpSession session = kommun.signIn(mvc, leader);
    byte[] zip =
        mvc.perform(kommun.on(get(path())).session(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Map<String, byte[]> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        files.put(entry.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  /**
   * Checks that every document the metadata lists is in the package with its size and SHA-256 and
   * carries the PDF/A markers; returns the documents by kind, each as its extracted text.
   */
  static Map<String, List<String>> checkedDocuments(Map<String, byte[]> files) throws Exception {
    JsonNode metadata = JsonMapper.builder().build().readTree(files.get("metadata.json"));
    JsonNode documents = metadata.get("documents");
    assertThat(documents.size()).isEqualTo(files.size() - 1);
    Map<String, List<String>> byKind = new HashMap<>();
    for (JsonNode document : documents) {
      String name = document.get("file").asString();
      byte[] bytes = files.get(name);
      assertThat(bytes).as(name).isNotNull();
      assertThat(document.get("size").asInt()).isEqualTo(bytes.length);
      assertThat(document.get("sha256").asString())
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
      assertThat(document.get("format").asString()).isEqualTo("PDF/A-2b");
      assertPdfA(name, bytes);
      try (PDDocument pdf = Loader.loadPDF(bytes)) {
        byKind
            .computeIfAbsent(document.get("kind").asString(), k -> new ArrayList<>())
            .add(new PDFTextStripper().getText(pdf));
      }
    }
    return byKind;
  }

  @Test
  void aClosedDialoguesPackageHoldsPdfADocumentsDescribedByItsMetadata() throws Exception {
    close();
    Map<String, byte[]> files = download();
    JsonNode metadata = JsonMapper.builder().build().readTree(files.get("metadata.json"));
    assertThat(metadata.get("dialogue").get("id").asString())
        .isEqualTo(dialogue.value().toString());
    assertThat(metadata.get("dialogue").get("title").asString()).isEqualTo("Trygg hamn");
    JsonNode documents = metadata.get("documents");
    assertThat(documents.size()).isGreaterThanOrEqualTo(3);
    assertThat(checkedDocuments(files).get("analysis")).hasSize(1);
    assertThat(documents.get(0).get("kind").asString()).isEqualTo("charter");
    assertThat(documents.get(1).get("kind").asString()).isEqualTo("feedback");
  }

  @Test
  void thePackageHoldsTheCitingPlanVersionsTheSentSessionNotesAndThePerspectiveMap()
      throws Exception {
    var actor = accounts.actingAs(leader);
    var m = kommun.tenant().id();
    DialogueId other =
        ParticipationIntegrationTest.inStepTwo(
            m, actor, organisations, ladder, createDialogue, fillCharter, changeStep, dialogues);
    MeasureId ours =
        proposeMeasure.propose(
            m,
            MeasureMother.proposal(
                "Belysning längs kajen", List.of(InputRef.dialogue(dialogue.value()))),
            actor);
    MeasureId theirs =
        proposeMeasure.propose(
            m,
            MeasureMother.proposal(
                "Åtgärd för en annan dialog", List.of(InputRef.dialogue(other.value()))),
            actor);
    adopt(1, "Åtgärdsplan med kajen", List.of(ours, theirs));
    adopt(2, "Åtgärdsplan utan dialogen", List.of(theirs));

    UUID sent = session("Möte om kajen", "Anteckning om kajens belysning", false, true);
    jdbc.sql(
            """
            INSERT INTO dialogue_session_agreement (agreement_id, municipality_id, session_id,
              position, text) VALUES (:id, :m, :s, 0, 'Fler lampor vid kajen')
            """)
        .param("id", UUID.randomUUID())
        .param("m", m.value())
        .param("s", sent)
        .update();
    jdbc.sql(
            """
            INSERT INTO dialogue_session_material (material_id, municipality_id, session_id,
              file_name, kind, size_bytes, content, uploaded_at)
            VALUES (:id, :m, :s, 'hemligt-underlag.pdf', 'PDF', 20, :c, now())
            """)
        .param("id", UUID.randomUUID())
        .param("m", m.value())
        .param("s", sent)
        .param("c", "%PDF-1.4 HEMLIGT MATERIAL".getBytes(StandardCharsets.UTF_8))
        .update();
    session("Möte som inte skickats", "Ej skickad anteckning om torget", false, false);
    session("Möte med flaggade anteckningar", "Flaggad anteckning om Anna Svensson", true, true);
    UUID theme = perspectives();
    close();

    Map<String, byte[]> files = download();
    Map<String, List<String>> documents = checkedDocuments(files);
    assertThat(documents.get("action-plan"))
        .singleElement()
        .asString()
        .contains("Åtgärdsplan med kajen", "Belysning längs kajen", "Kommunfullmäktige");
    assertThat(documents.get("session-notes"))
        .singleElement()
        .asString()
        .contains("Möte om kajen", "Anteckning om kajens belysning", "Fler lampor vid kajen");
    assertThat(documents.get("perspective-map"))
        .singleElement()
        .asString()
        .contains("Belysningstema", "Intervju", "Minoritetsperspektiv", "Nej-röst")
        .doesNotContain("Perspektivtext om kajen", theme.toString());
    String everything =
        String.join("\n", documents.values().stream().flatMap(List::stream).toList())
            + new String(files.get("metadata.json"), StandardCharsets.UTF_8);
    assertThat(everything)
        .doesNotContain(
            "Åtgärdsplan utan dialogen",
            "Ej skickad anteckning",
            "Flaggad anteckning",
            "Anna Svensson",
            "hemligt-underlag",
            "HEMLIGT MATERIAL",
            "Perspektivtext om kajen");
    assertThat(files.keySet()).noneMatch(name -> name.contains("hemligt"));
  }

  void adopt(int number, String title, List<MeasureId> measures) {
    adoptPlan.adopt(
        kommun.tenant().id(),
        new AdoptActionPlan.Input(
            number,
            title,
            "",
            "Kommunfullmäktige",
            LocalDate.now(),
            "§ " + number,
            "KS 2026/" + number,
            measures),
        accounts.actingAs(leader));
  }

  /** A held session of the dialogue with these notes, sent or not, flagged or not. */
  UUID session(String title, String notes, boolean flagged, boolean sent) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO dialogue_session (session_id, municipality_id, dialogue_id, format, title,
              session_date, start_time, end_time, material_token_hash, attended, notes,
              notes_flagged, notes_published_at, created_by, creation_token)
            VALUES (:id, :m, :d, 'PHYSICAL', :title, DATE '2026-10-01', TIME '18:00',
              TIME '20:00', :hash, 12, :notes, :flagged,
              CASE WHEN :sent THEN now() ELSE NULL END, :by, :token)
            """)
        .param("id", id)
        .param("m", kommun.tenant().id().value())
        .param("d", dialogue.value())
        .param("title", title)
        .param("hash", UUID.randomUUID().toString())
        .param("notes", notes)
        .param("flagged", flagged)
        .param("sent", sent)
        .param("by", leader.id())
        .param("token", UUID.randomUUID())
        .update();
    return id;
  }

  /**
   * A theme and a contact with two perspectives: a minority one tagged with the theme, a flagged
   * nej-röst without theme. Returns the theme's id.
   */
  UUID perspectives() {
    UUID m = kommun.tenant().id().value();
    UUID theme = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO perspective_theme (theme_id, municipality_id, dialogue_id, name)
            VALUES (:t, :m, :d, 'Belysningstema')
            """)
        .param("t", theme)
        .param("m", m)
        .param("d", dialogue.value())
        .update();
    UUID contact = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO perspective_contact (contact_id, municipality_id, dialogue_id, channel,
              contact_date, people, logged_by, creation_token)
            VALUES (:c, :m, :d, 'INTERVIEW', DATE '2026-09-15', 2, :by, :token)
            """)
        .param("c", contact)
        .param("m", m)
        .param("d", dialogue.value())
        .param("by", leader.id())
        .param("token", UUID.randomUUID())
        .update();
    UUID minority = perspective(contact, "Perspektivtext om kajen", false, true, false);
    perspective(contact, "Perspektivtext om kajen och Anna Svensson", true, false, true);
    jdbc.sql(
            "INSERT INTO perspective_tag (perspective_id, theme_id, municipality_id) VALUES (:p, :t, :m)")
        .param("p", minority)
        .param("t", theme)
        .param("m", m)
        .update();
    return theme;
  }

  UUID perspective(UUID contact, String text, boolean flagged, boolean minority, boolean dissent) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO perspective (perspective_id, municipality_id, dialogue_id, contact_id, kind,
              text, masked_text, flagged, minority, dissent, recorded_by, creation_token)
            VALUES (:id, :m, :d, :c, 'STANCE', :text, :text, :flagged, :minority, :dissent, :by,
              :token)
            """)
        .param("id", id)
        .param("m", kommun.tenant().id().value())
        .param("d", dialogue.value())
        .param("c", contact)
        .param("text", text)
        .param("flagged", flagged)
        .param("minority", minority)
        .param("dissent", dissent)
        .param("by", leader.id())
        .param("token", UUID.randomUUID())
        .update();
    return id;
  }

  static void assertPdfA(String name, byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String xmp =
          new String(
              pdf.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(xmp)
          .as(name)
          .contains("<pdfaid:part>2</pdfaid:part>")
          .contains("<pdfaid:conformance>B</pdfaid:conformance>")
          .contains(pdf.getDocumentInformation().getTitle());
      assertThat(pdf.getDocumentCatalog().getOutputIntents()).as(name).hasSize(1);
      PDOutputIntent intent = pdf.getDocumentCatalog().getOutputIntents().get(0);
      assertThat(intent.getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
      assertThat(intent.getDestOutputIntent()).isNotNull();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
      for (PDPage page : pdf.getPages()) {
        for (COSName fontName : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(fontName);
          assertThat(font.isEmbedded()).as(name + " font " + font.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void anOpenDialogueHasNoPackageAndOthersThanTheLeaderAreRefused() throws Exception {
    MockHttpSession session = kommun.signIn(mvc, leader);
    mvc.perform(kommun.on(get(path())).session(session)).andExpect(status().isBadRequest());
    close();
    StaffMember moderator = kommun.staff(accounts, "Mo Derator", Role.MODERATOR);
    mvc.perform(kommun.on(get(path())).session(kommun.signIn(mvc, moderator)))
        .andExpect(status().isForbidden());
  }
}
