package se.trygghetsdialog.records.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.place.PlaceMother;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.records.AuditEntry;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

@IntegrationTest
class AccessRequestIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired PlaceCategories categories;
  @Autowired ReportPlace reportPlace;
  @Autowired SecrecyGrounds grounds;
  @Autowired AuditLog auditLog;

  MunicipalityId municipality;
  StaffPrincipal registrar;
  String unique;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    unique = PlaceMother.unique();
    registrar = staff(Role.REGISTRAR);
  }

  StaffPrincipal staff(Role role) {
    return accounts.actingAs(
        accounts.createWithPassword(
            municipality,
            StaffMother.uniqueEmail("registrator"),
            "Rut Registrator",
            Set.of(role),
            null,
            "Trygghet2026!"));
  }

  UUID register(String receivedDate) throws Exception {
    MvcResult result =
        mvc.perform(
                post("/personal/utlamnande/ny")
                    .with(user(registrar))
                    .with(csrf())
                    .param("receivedDate", receivedDate)
                    .param("receivedTime", "09:15")
                    .param("requester", "")
                    .param("subject", "Alla platsrapporter om belysning " + unique)
                    .param("channel", "EMAIL"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String target = result.getResponse().getRedirectedUrl();
    assertThat(target).startsWith("/personal/utlamnande/");
    return UUID.fromString(target.substring("/personal/utlamnande/".length()));
  }

  String page(String path) throws Exception {
    return mvc.perform(get(path).with(user(registrar)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void aRequestGoesFromRegistrationToADecisionWithARedactedCopyThatNoLongerHoldsTheSecret()
      throws Exception {
    String secret = "Jag heter Hemlig" + unique + " och bor på Storgatan 3.";
    ReportPlace.Receipt report =
        reportPlace.report(
            municipality,
            PlaceMother.report(
                PlaceMother.category(categories, municipality, "LIGHTING"),
                "Lampan vid skolan " + unique + " är trasig. " + secret + " Det är mörkt."));
    UUID request = register(LocalDate.now(AccessRequest.ZONE).toString());
    String base = "/personal/utlamnande/" + request;

    assertThat(page(base + "?kind=PLACE_REPORT&text=" + unique))
        .contains("Lampan vid skolan " + unique);
    mvc.perform(
            post(base + "/dokument")
                .with(user(registrar))
                .with(csrf())
                .param("kind", "PLACE_REPORT")
                .param("documentId", report.id().value().toString()))
        .andExpect(status().is3xxRedirection());
    String documentPath = base + "/dokument/PLACE_REPORT/" + report.id().value();
    assertThat(page(documentPath)).contains("Hemlig" + unique).contains("passage-1");

    UUID social =
        grounds.active(municipality).stream()
            .filter(g -> g.chapter() == 26 && g.section() == 1)
            .findFirst()
            .orElseThrow()
            .id();
    mvc.perform(
            post(documentPath + "/maskera")
                .with(user(registrar))
                .with(csrf())
                .param("passage", "1")
                .param("ground", social.toString()))
        .andExpect(status().is3xxRedirection());

    mvc.perform(
            post(base + "/beslut")
                .with(user(registrar))
                .with(csrf())
                .param("outcome", "RELEASED")
                .param("reasons", ""))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(base + "/beslut")
                .with(user(registrar))
                .with(csrf())
                .param("outcome", "RELEASED_WITH_REDACTIONS")
                .param("reasons", ""))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(base + "/beslut")
                .with(user(registrar))
                .with(csrf())
                .param("outcome", "RELEASED_WITH_REDACTIONS")
                .param("reasons", "Uppgift om en enskilds personliga förhållanden."))
        .andExpect(status().is3xxRedirection());

    String copy =
        text(
            mvc.perform(get(base + "/kopia.pdf").with(user(registrar)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(copy)
        .contains("Lampan vid skolan " + unique)
        .contains("[sekretess: OSL 26 kap. 1 §]")
        .contains("Det är mörkt.")
        .doesNotContain("Hemlig" + unique)
        .doesNotContain("Storgatan");

    String decision =
        text(
            mvc.perform(get(base + "/beslut.pdf").with(user(registrar)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(decision.replaceAll("\\s+", " "))
        .contains("Lämnas ut med maskeringar")
        .contains("OSL 26 kap. 1 §")
        .contains("kammarrätten")
        .contains("tre veckor")
        .doesNotContain("Hemlig" + unique);

    // Decided: nothing more can be marked.
    mvc.perform(
            post(documentPath + "/maskera")
                .with(user(registrar))
                .with(csrf())
                .param("passage", "0")
                .param("ground", social.toString()))
        .andExpect(status().isBadRequest());

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(auditLog.about(municipality, request.toString()))
                    .extracting(AuditEntry::action)
                    .contains(
                        "records.access-registered",
                        "records.access-document-added",
                        "records.access-document-viewed",
                        "records.access-redacted",
                        "records.access-decided",
                        "records.access-copy-produced",
                        "records.access-decision-produced"));
    assertThat(auditLog.about(municipality, request.toString()))
        .extracting(AuditEntry::details)
        .noneMatch(details -> details.contains("Hemlig"));
  }

  @Test
  void aRequestOpenForMoreThanAWorkingDayIsFlaggedForPromptHandling() throws Exception {
    UUID old = register(LocalDate.now(AccessRequest.ZONE).minusDays(7).toString());
    assertThat(page("/personal/utlamnande/" + old)).contains("id=\"overdue\"");
    assertThat(page("/personal/utlamnande")).contains("Mer än en arbetsdag");
  }

  @Test
  void aRequestWithoutSubjectOrFromTheFutureIsRefusedWithAMessage() throws Exception {
    String answer =
        mvc.perform(
                post("/personal/utlamnande/ny")
                    .with(user(registrar))
                    .with(csrf())
                    .param("receivedDate", LocalDate.now(AccessRequest.ZONE).plusDays(2).toString())
                    .param("subject", "")
                    .param("channel", "LETTER"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(answer).contains("Skriv vad som begärs");
    mvc.perform(
            post("/personal/utlamnande/ny")
                .with(user(registrar))
                .with(csrf())
                .param("receivedDate", "igår")
                .param("subject", "Något")
                .param("channel", "LETTER"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void onlyRegistrarsAndAdministratorsHandleRequestsAndOnlyAdministratorsEditTheGrounds()
      throws Exception {
    for (Role role : Set.of(Role.MODERATOR, Role.PARTNER, Role.PROCESS_LEADER)) {
      mvc.perform(get("/personal/utlamnande").with(user(staff(role))))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/personal/utlamnande/grunder").with(user(registrar)))
        .andExpect(status().isForbidden());
    StaffPrincipal admin = staff(Role.ADMINISTRATOR);
    mvc.perform(get("/personal/utlamnande").with(user(admin))).andExpect(status().isOk());
    String groundsPage =
        mvc.perform(get("/personal/utlamnande/grunder").with(user(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(groundsPage).contains("OSL 26 kap. 1 §").contains("OSL 21 kap. 3 §");
    mvc.perform(
            post("/personal/utlamnande/grunder")
                .with(user(admin))
                .with(csrf())
                .param("chapter", "26")
                .param("section", "1")
                .param("label", "Dubblett"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/personal/utlamnande/" + UUID.randomUUID()).with(user(registrar)))
        .andExpect(status().isNotFound());
  }
}
