package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
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

@IntegrationTest
class PlaceCampaignIntegrationTest {

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

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefused() throws Exception {
    int before = campaigns.all(municipality).size();
    String page =
        mvc.perform(
                post("/personal/kampanjer")
                    .param("topic", "Skolvägen " + unique)
                    .param("startsOn", "2026-12-10")
                    .param("endsOn", "2026-12-01")
                    .param("lang", "sv")
                    .with(csrf())
                    .with(user(leader)))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Sista dag kan inte vara före första dag.");
    assertThat(campaigns.all(municipality)).hasSize(before);
    mvc.perform(
            get("/personal/kampanjer")
                .with(
                    user(
                        accounts.actingAs(
                            StaffMother.staff(
                                municipalities, accounts, "Mona Moderator", Role.MODERATOR)))))
        .andExpect(status().isForbidden());
  }

  @Test
  void aDateThatIsNotADateComesBackAsTypedWithItsFieldsMessage() throws Exception {
    int before = campaigns.all(municipality).size();
    String page =
        mvc.perform(
                post("/personal/kampanjer")
                    .param("topic", "Parken " + unique)
                    .param("startsOn", "tisdag")
                    .param("endsOn", "2026-12-24")
                    .param("lang", "sv")
                    .with(csrf())
                    .with(user(leader)))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Ange första dag som ett datum.")
        .doesNotContain("Ange sista dag som ett datum.")
        .contains("value=\"tisdag\"")
        .contains("Parken " + unique)
        .contains("value=\"2026-12-24\"");
    assertThat(campaigns.all(municipality)).hasSize(before);
  }

  @Test
  void aReportInAnOpenCampaignIsListedOnTheDialoguesPageAfterApproval() throws Exception {
    DialogueId dialogue =
        createDialogue.create(
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
    LocalDate today = LocalDate.now(PlaceCampaigns.ZONE);
    mvc.perform(
            post("/personal/kampanjer")
                .param("topic", "Skolvägen " + unique)
                .param("startsOn", today.minusDays(1).toString())
                .param("endsOn", today.plusDays(7).toString())
                .param("dialogueId", dialogue.value().toString())
                .with(csrf())
                .with(user(leader)))
        .andExpect(status().isFound());
    Campaign campaign =
        campaigns.all(municipality).stream()
            .filter(c -> c.topic().equals("Skolvägen " + unique))
            .findFirst()
            .orElseThrow();

    assertThat(
            mvc.perform(get("/rapportera?lang=sv&kampanj=" + campaign.id()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Skolvägen " + unique)
        .contains("name=\"kampanj\"");
    assertThat(
            mvc.perform(get("/rapportera?lang=sv&kampanj=" + UUID.randomUUID()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Kampanjen är avslutad eller finns inte.")
        .doesNotContain("name=\"kampanj\"");

    Coordinates spot = TestSpots.next();
    double lat = spot.latitude();
    double lon = spot.longitude();
    String text = "Mörkt på skolvägen " + unique + " på morgonen.";
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
                              "10.9." + ThreadLocalRandom.current().nextInt(1, 250) + ".7");
                          return r;
                        }))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    PlaceReport report =
        reports
            .byReceiptToken(
                municipality, UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
            .orElseThrow();

    String before =
        mvc.perform(get("/dialoger/" + dialogue.value() + "/platsrapporter?lang=sv"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(before).doesNotContain(unique + " på morgonen");

    var item =
        queue.byContent(municipality, PlaceReport.CONTENT_TYPE, report.id().value()).orElseThrow();
    approve.approve(
        municipality,
        item.id(),
        text,
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR)));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> reports.find(municipality, report.id()).orElseThrow().published());

    String page =
        mvc.perform(get("/dialoger/" + dialogue.value() + "/platsrapporter?lang=sv"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(text)
        .contains("Belysning")
        .doesNotContain(String.format(Locale.ROOT, "%.4f", lat))
        .doesNotContain(String.format(Locale.ROOT, "%.4f", lon));
    assertThat(
            mvc.perform(get("/dialoger/" + dialogue.value() + "?lang=sv"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("/dialoger/" + dialogue.value() + "/platsrapporter");
  }
}
