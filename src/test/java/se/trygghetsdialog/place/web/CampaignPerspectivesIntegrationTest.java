package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.dialogue.Charter;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.place.Campaign;
import se.trygghetsdialog.place.PlaceCampaigns;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestSpots;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/** Approved campaign reports count as step-2 perspectives on the public dialogue page. */
@IntegrationTest
class CampaignPerspectivesIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlaceCategories categories;
  @Autowired PlaceCampaigns campaigns;
  @Autowired PlaceReports reports;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;
  @Autowired CreateDialogue createDialogue;
  @Autowired FormTimer timer;
  @Autowired FillCharter fillCharter;
  @Autowired Dialogues dialogues;

  MunicipalityId municipality;
  StaffPrincipal leader;
  String unique;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    leader =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Pia Ledare", Role.PROCESS_LEADER));
    unique = StaffMother.uniqueWord();
  }

  private DialogueId dialogue() {
    return createDialogue.create(
        municipality,
        new CreateDialogue.Input(
            UUID.randomUUID(),
            "Trygg skolväg " + unique,
            "Om skolvägen",
            null,
            TopicOrigin.OFFICIAL,
            "",
            StaffMother.politicalBody(municipalities, organisations).id(),
            LocalDate.of(2026, 1, 10),
            "§ 7",
            "KS 2026/7"),
        leader);
  }

  private String page(DialogueId dialogue) throws Exception {
    return mvc.perform(get("/dialoger/" + dialogue.value() + "?lang=sv"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private PlaceReport report(Campaign campaign, String text) throws Exception {
    Coordinates spot = TestSpots.next();
    double lat = spot.latitude();
    double lon = spot.longitude();
    String location =
        mvc.perform(
                multipart("/rapportera")
                    .param("latitude", String.format(Locale.ROOT, "%.6f", lat))
                    .param("longitude", String.format(Locale.ROOT, "%.6f", lon))
                    .param(
                        "categoryId",
                        categories.all(municipality).stream()
                            .filter(c -> c.code().equals("LIGHTING"))
                            .findFirst()
                            .orElseThrow()
                            .id()
                            .toString())
                    .param("timeOfDay", "DAY")
                    .param("description", text)
                    .param("website", "")
                    .param("startedAt", timer.issue(Instant.now().minusSeconds(10)))
                    .param("kampanj", campaign.id().toString())
                    .with(csrf())
                    .with(
                        r -> {
                          r.setRemoteAddr(
                              "10.8." + ThreadLocalRandom.current().nextInt(1, 250) + ".9");
                          return r;
                        }))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return reports
        .byReceiptToken(
            municipality, UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
        .orElseThrow();
  }

  @Test
  void anApprovedCampaignReportCountsAsAPerspectiveAndAPendingOneDoesNot() throws Exception {
    DialogueId dialogue = dialogue();
    LocalDate today = LocalDate.now(PlaceCampaigns.ZONE);
    Campaign campaign =
        campaigns.create(
            municipality,
            "Skolvägen " + unique,
            null,
            today.minusDays(1),
            today.plusDays(7),
            dialogue.value());
    String approvedText = "Mörkt vid busshållplatsen " + unique + " på kvällen.";
    String pendingText = "Trasig lampa i tunneln " + unique + " hela veckan.";
    PlaceReport approved = report(campaign, approvedText);
    report(campaign, pendingText);

    assertThat(page(dialogue))
        .contains("Perspektiv i steg 2")
        .contains("Det finns inga granskade perspektiv i dialogen ännu.")
        .doesNotContain(approvedText)
        .doesNotContain(pendingText);

    var item =
        queue
            .byContent(municipality, PlaceReport.CONTENT_TYPE, approved.id().value())
            .orElseThrow();
    approve.approve(
        municipality,
        item.id(),
        approvedText,
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR)));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> reports.find(municipality, approved.id()).orElseThrow().published());

    assertThat(page(dialogue))
        .contains("Perspektiv i steg 2")
        .contains("Platsrapporter från kampanjer")
        .contains("1 granskat perspektiv")
        .contains(approvedText)
        .doesNotContain(pendingText)
        .doesNotContain("Det finns inga granskade perspektiv i dialogen ännu.")
        .contains("href=\"/dialoger/" + dialogue.value() + "/platsrapporter\"");
    assertThat(
            mvc.perform(get("/dialoger/" + dialogue.value() + "?lang=en"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Perspectives in step 2")
        .contains("Place reports from campaigns")
        .contains("1 reviewed perspective");
  }

  @Test
  void aDialogueWithoutCampaignsShowsTheEmptyState() throws Exception {
    assertThat(page(dialogue()))
        .contains("Perspektiv i steg 2")
        .contains("Det finns inga granskade perspektiv i dialogen ännu.")
        .doesNotContain("Platsrapporter från kampanjer</h3>");
  }

  @Test
  void anInformationActivityHasNoPerspectivesSection() throws Exception {
    DialogueId dialogue = dialogue();
    fillCharter.fill(
        municipality,
        dialogue,
        dialogues.find(municipality, dialogue).orElseThrow().version(),
        new Charter(
            "", "", "", false, "", null, null, "", "", "", "", "", "", null, null, null, null, "",
            ""),
        leader);
    assertThat(page(dialogue))
        .doesNotContain("Perspektiv i steg 2")
        .doesNotContain("Det finns inga granskade perspektiv i dialogen ännu.");
  }
}
