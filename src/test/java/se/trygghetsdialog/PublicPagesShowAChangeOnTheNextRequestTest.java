package se.trygghetsdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.place.PlaceMother;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.place.PublicPlaceMap;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Public pages keep their data in memory per municipality and language; a change (a dialogue
 * created, a place report approved) shows on the next request of this node, and the same address on
 * two municipalities' host names never shows the other's data.
 */
@IntegrationTest
class PublicPagesShowAChangeOnTheNextRequestTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired PlaceCategories categories;
  @Autowired PlaceReports reports;
  @Autowired ReportPlace reportPlace;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;

  MunicipalityId lysekil;
  String unique;

  @BeforeEach
  void setUp() {
    lysekil = StaffMother.tenant(municipalities).id();
    unique = StaffMother.uniqueWord();
  }

  String body(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aDialogueCreatedShowsInTheListOnTheNextRequestOfItsMunicipalityOnly() throws Exception {
    FreshMunicipality fresh = FreshMunicipality.register(municipalities);
    String title = "Trygg kaj " + unique;
    String before = body(fresh.on(get("/dialoger?lang=sv")));
    assertThat(before).doesNotContain(title);
    // The same address on the demo municipality is kept under its own key.
    assertThat(body(get("/dialoger?lang=sv"))).doesNotContain(title);

    var board =
        organisations.register(
            fresh.tenant().id(), "Nämnd " + unique, OrganisationKind.EXECUTIVE_BOARD, null);
    StaffPrincipal leader =
        accounts.actingAs(fresh.staff(accounts, "Pia Ledare", Role.PROCESS_LEADER));
    createDialogue.create(
        fresh.tenant().id(),
        new CreateDialogue.Input(
            UUID.randomUUID(),
            title,
            "Om " + title,
            null,
            TopicOrigin.OFFICIAL,
            "",
            board.id(),
            LocalDate.of(2026, 1, 10),
            "§ 7",
            "KS 2026/7"),
        leader);

    assertThat(body(fresh.on(get("/dialoger?lang=sv")))).contains(title);
    assertThat(body(get("/dialoger?lang=sv"))).doesNotContain(title);
  }

  @Test
  void anApprovedPlaceReportShowsOnTheMapOnTheNextRequestOfItsMunicipalityOnly() throws Exception {
    FreshMunicipality fresh = FreshMunicipality.register(municipalities);
    String text = "Mörk passage " + unique;
    String today = LocalDate.now(PublicPlaceMap.ZONE).toString();
    String map = "/trygghetskarta?lang=sv&fran=" + today + "&till=" + today;
    ReportPlace.Receipt receipt =
        reportPlace.report(
            lysekil,
            PlaceMother.report(
                PlaceMother.category(categories, lysekil, "LIGHTING"), "Mörkt " + unique));
    assertThat(body(get(map))).doesNotContain(text);
    assertThat(body(fresh.on(get(map)))).doesNotContain(text);

    StaffPrincipal moderator =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR));
    PlaceMother.approve(queue, approve, lysekil, receipt, text, moderator);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> reports.find(lysekil, receipt.id()).orElseThrow().published());

    assertThat(body(get(map))).contains(text);
    assertThat(body(fresh.on(get(map)))).doesNotContain(text);
  }
}
