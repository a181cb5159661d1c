package se.trygghetsdialog.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * The team shares files with a session's participants: taken by their content, listed and
 * downloaded on the material page, removed, audited; bad files refused with a message.
 */
@IntegrationTest
class SessionMaterialFilesTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired CreateDialogue createDialogue;
  @Autowired Sessions sessions;
  @Autowired AuditLog audit;

  TeamDialogueMother team;
  RequestPostProcessor leader;
  MunicipalityId municipality;
  String session;
  UUID sessionId;

  @BeforeEach
  void setUp() throws Exception {
    team =
        TeamDialogueMother.create(
            municipalities, organisations, accounts, createDialogue, "Delat material");
    municipality = StaffMother.tenant(municipalities).id();
    leader = user(accounts.actingAs(team.leader()));
    session =
        mvc.perform(
                post("/personal/dialoger/" + team.dialogue() + "/moten")
                    .with(leader)
                    .with(csrf())
                    .param("token", UUID.randomUUID().toString())
                    .param("format", "PHYSICAL")
                    .param("title", "Möte om hamnen")
                    .param("venue", "Stadshuset")
                    .param("date", "2026-11-10")
                    .param("start", "18:00")
                    .param("end", "20:00"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    sessionId = UUID.fromString(session.substring(session.lastIndexOf('/') + 1));
  }

  MvcResult share(String name, String declaredType, byte[] bytes, int expected) throws Exception {
    return mvc.perform(
            multipart(session + "/material?lang=sv")
                .file(new MockMultipartFile("file", name, declaredType, bytes))
                .with(leader)
                .with(csrf()))
        .andExpect(status().is(expected))
        .andReturn();
  }

  String text(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  /** A zip container holding the named parts, the first stored as {@code firstText}. */
  static byte[] zip(String firstName, String firstText, String... more) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(firstName));
      zip.write(firstText.getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      for (String name : more) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  String fileLink(String materialPage, String name) {
    Matcher m =
        Pattern.compile("href=\"(/motesmaterial/[^\"]+/filer/[0-9a-f-]{36})\" download>" + name)
            .matcher(materialPage);
    assertThat(m.find()).as("link to %s", name).isTrue();
    return m.group(1);
  }

  @Test
  void aSharedPdfIsListedAndDownloadedAsAnAttachmentOfItsOwnTypeAndCanBeRemoved() throws Exception {
    share("dagordning.pdf", "application/pdf", PDF, 302);

    assertThat(text(mvc.perform(get(session + "?lang=sv").with(leader)).andReturn()))
        .contains("dagordning.pdf")
        .contains("Ta bort");
    String material = sessions.materialPath(sessionId);
    String page =
        text(mvc.perform(get(material + "?lang=sv")).andExpect(status().isOk()).andReturn());
    assertThat(page).contains("Filer till deltagarna").doesNotContain("Pia Ledare");
    String link = fileLink(page, "dagordning.pdf");

    MvcResult download =
        mvc.perform(get(link))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andReturn();
    assertThat(download.getResponse().getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("dagordning.pdf");
    assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                audit.about(municipality, sessionId.toString()).stream()
                    .anyMatch(e -> e.action().equals("session.material-added")));

    String fileId = link.substring(link.lastIndexOf('/') + 1);
    mvc.perform(post(session + "/material/" + fileId + "/ta-bort").with(leader).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(link)).andExpect(status().isNotFound());
    assertThat(text(mvc.perform(get(material + "?lang=sv")).andReturn()))
        .doesNotContain("dagordning.pdf");
    mvc.perform(post(session + "/material/" + fileId + "/ta-bort").with(leader).with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void officeDocumentsAndImagesAreRecognisedByTheirContent() throws Exception {
    share(
        "underlag.docx",
        "application/octet-stream",
        zip("[Content_Types].xml", "<Types/>", "word/document.xml"),
        302);
    share(
        "anteckningar",
        "application/octet-stream",
        zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml"),
        302);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    share("karta.png", "image/png", png, 302);

    String page = text(mvc.perform(get(sessions.materialPath(sessionId) + "?lang=sv")).andReturn());
    mvc.perform(get(fileLink(page, "underlag.docx")))
        .andExpect(
            header()
                .string(
                    "Content-Type",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    // A name without the kind's extension gets it.
    mvc.perform(get(fileLink(page, "anteckningar.odt")))
        .andExpect(header().string("Content-Type", "application/vnd.oasis.opendocument.text"));
    mvc.perform(get(fileLink(page, "karta.png")))
        .andExpect(header().string("Content-Type", "image/png"));
  }

  @Test
  void aFileOfAnotherKindATooLargeOneAndANameWithPersonalDataAreRefusedWithAMessage()
      throws Exception {
    assertThat(
            text(
                share(
                    "dagordning.pdf",
                    "application/pdf",
                    "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                    400)))
        .contains("govuk-error-summary")
        .contains("Filen är inte en PDF");
    assertThat(text(share("arkiv.zip", "application/zip", zip("a.txt", "hej"), 400)))
        .contains("Filen är inte en PDF");
    byte[] large = Arrays.copyOf(PDF, ShareMaterial.MAX_BYTES + 1);
    assertThat(text(share("stor.pdf", "application/pdf", large, 400)))
        .contains("Filen är för stor");
    assertThat(text(share("ring 070-123 45 67.pdf", "application/pdf", PDF, 400)))
        .contains("Filnamnet verkar innehålla personuppgifter");
    assertThat(
            text(
                mvc.perform(multipart(session + "/material?lang=sv").with(leader).with(csrf()))
                    .andReturn()))
        .contains("Välj en fil att dela");
    assertThat(text(mvc.perform(get(sessions.materialPath(sessionId))).andReturn()))
        .doesNotContain("Filer till deltagarna");
  }

  @Test
  void onlyTheTeamSharesAndAnotherMunicipalityDownloadsNothing() throws Exception {
    RequestPostProcessor outsider = user(accounts.actingAs(team.outsider()));
    mvc.perform(
            multipart(session + "/material")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                .with(outsider)
                .with(csrf()))
        .andExpect(status().isForbidden());

    share("dagordning.pdf", "application/pdf", PDF, 302);
    String link =
        fileLink(
            text(mvc.perform(get(sessions.materialPath(sessionId))).andReturn()), "dagordning.pdf");
    FreshMunicipality other = FreshMunicipality.register(municipalities);
    var member = other.staff(accounts, "Annan Ledare", Role.PROCESS_LEADER);
    mvc.perform(other.on(get(link)).with(user(accounts.actingAs(member))))
        .andExpect(status().isNotFound());
    mvc.perform(get(link.replaceAll("[0-9a-f-]{36}$", UUID.randomUUID().toString())))
        .andExpect(status().isNotFound());
  }
}
