package se.trygghetsdialog.records.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.dialogue.ChangeStep;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
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

  @Test
  void aClosedDialoguesPackageHoldsPdfADocumentsDescribedByItsMetadata() throws Exception {
    close();
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
    JsonNode metadata = JsonMapper.builder().build().readTree(files.get("metadata.json"));
    assertThat(metadata.get("dialogue").get("id").asString())
        .isEqualTo(dialogue.value().toString());
    assertThat(metadata.get("dialogue").get("title").asString()).isEqualTo("Trygg hamn");
    JsonNode documents = metadata.get("documents");
    assertThat(documents.size()).isEqualTo(files.size() - 1).isGreaterThanOrEqualTo(3);
    int analysis = 0;
    for (JsonNode document : documents) {
      String name = document.get("file").asString();
      byte[] bytes = files.get(name);
      assertThat(bytes).as(name).isNotNull();
      assertThat(document.get("size").asInt()).isEqualTo(bytes.length);
      assertThat(document.get("sha256").asString())
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
      assertPdfA(name, bytes);
      if (document.get("kind").asString().equals("analysis")) {
        analysis++;
      }
    }
    assertThat(analysis).isOne();
    assertThat(documents.get(0).get("kind").asString()).isEqualTo("charter");
    assertThat(documents.get(1).get("kind").asString()).isEqualTo("feedback");
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
