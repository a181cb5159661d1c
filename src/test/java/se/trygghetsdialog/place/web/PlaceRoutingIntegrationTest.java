package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.place.Assignment;
import se.trygghetsdialog.place.AssignmentStatus;
import se.trygghetsdialog.place.PlaceMother;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
class PlaceRoutingIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlaceCategories categories;
  @Autowired PlaceRouting routing;
  @Autowired ReportPlace reportPlace;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;

  MunicipalityId municipality;
  Organisation department;
  Organisation other;
  UUID category;
  String unique;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    unique = StaffMother.uniqueWord();
    department =
        organisations.register(
            municipality, "Avdelning " + unique, OrganisationKind.DEPARTMENT, null);
    other =
        organisations.register(
            municipality, "Bolag " + unique, OrganisationKind.HOUSING_COMPANY, null);
    category = PlaceMother.category(categories, municipality, "LIGHTING");
    routing.addRoute(municipality, category, department.id());
  }

  StaffPrincipal staffOf(@Nullable Organisation organisation, Role role) {
    return accounts.actingAs(
        accounts.createWithPassword(
            municipality,
            StaffMother.uniqueEmail("personal"),
            "Personal " + unique,
            Set.of(role),
            organisation == null ? null : organisation.id(),
            "Trygghet2026!"));
  }

  ReportPlace.Receipt reported(@Nullable String email) {
    return reportPlace.report(
        municipality,
        PlaceMother.report(category, "Lampan vid gångvägen " + unique + " är trasig.", email));
  }

  Assignment approved(ReportPlace.Receipt receipt) {
    PlaceMother.approve(
        queue,
        approve,
        municipality,
        receipt,
        "Lampan vid gångvägen " + unique + " är trasig.",
        staffOf(null, Role.MODERATOR));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> routing.find(municipality, receipt.id(), department.id()).isPresent());
    return routing.find(municipality, receipt.id(), department.id()).orElseThrow();
  }

  String worklist(StaffPrincipal staff) throws Exception {
    return mvc.perform(get("/personal/arbetslista").with(user(staff)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void approvalRoutesToTheMappedOrganisationAndOnlyItsStaffAndAdminsSeeIt() throws Exception {
    ReportPlace.Receipt receipt = reported(null);
    Assignment assignment = approved(receipt);
    assertThat(assignment.status()).isEqualTo(AssignmentStatus.NEW);
    assertThat(routing.find(municipality, receipt.id(), other.id())).isEmpty();

    assertThat(worklist(staffOf(department, Role.PARTNER))).contains(unique);
    assertThat(worklist(staffOf(other, Role.PARTNER))).doesNotContain(receipt.id().toString());
    StaffPrincipal admin = staffOf(null, Role.ADMINISTRATOR);
    // Admins see every worklist; the newest comes first.
    assertThat(worklist(admin)).contains(receipt.id().value().toString());
    mvc.perform(get("/personal/arbetslista").with(user(staffOf(null, Role.PROCESS_LEADER))))
        .andExpect(status().isForbidden());
    // Staff of another organisation cannot change it.
    mvc.perform(
            post("/personal/arbetslista/status")
                .param("reportId", receipt.id().value().toString())
                .param("organisationId", department.id().toString())
                .param("expected", "NEW")
                .param("status", "IN_PROGRESS")
                .with(csrf())
                .with(user(staffOf(other, Role.PARTNER))))
        .andExpect(status().isForbidden());
  }

  @Test
  void statusChangeShowsOnThePrivatePageAndIsMailedToTheConsentingReporter() throws Exception {
    String email = StaffMother.uniqueEmail("rapportor");
    ReportPlace.Receipt receipt = reported(email);
    approved(receipt);
    StaffPrincipal worker = staffOf(department, Role.PARTNER);
    mvc.perform(
            post("/personal/arbetslista/status")
                .param("reportId", receipt.id().value().toString())
                .param("organisationId", department.id().toString())
                .param("expected", "NEW")
                .param("status", "IN_PROGRESS")
                .param("reason", "")
                .with(csrf())
                .with(user(worker)))
        .andExpect(status().isFound());
    assertThat(routing.find(municipality, receipt.id(), department.id()).orElseThrow().status())
        .isEqualTo(AssignmentStatus.IN_PROGRESS);

    TestMailServer.Mail mail = TestMailServer.awaitMail(email, "Ny status");
    assertThat(mail.body()).contains("Pågår").contains(department.name()).contains("/rapport/");

    String page =
        mvc.perform(get("/rapport/" + receipt.privateToken() + "?lang=sv"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("id=\"handlaggning\"").contains(department.name()).contains("Pågår");

    // The same submit again is stale and changes nothing.
    mvc.perform(
            post("/personal/arbetslista/status")
                .param("reportId", receipt.id().value().toString())
                .param("organisationId", department.id().toString())
                .param("expected", "NEW")
                .param("status", "IN_PROGRESS")
                .with(csrf())
                .with(user(worker)))
        .andExpect(status().isConflict());
    assertThat(routing.history(municipality, receipt.id())).hasSize(1);
  }

  @Test
  void noActionWithoutAReasonIsRefusedAndNothingIsSaved() throws Exception {
    ReportPlace.Receipt receipt = reported(null);
    approved(receipt);
    String page =
        mvc.perform(
                post("/personal/arbetslista/status")
                    .param("reportId", receipt.id().value().toString())
                    .param("organisationId", department.id().toString())
                    .param("expected", "NEW")
                    .param("status", "NO_ACTION")
                    .param("reason", "  ")
                    .param("lang", "sv")
                    .with(csrf())
                    .with(user(staffOf(department, Role.PARTNER))))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Skriv en motivering när ingen åtgärd görs.");
    assertThat(routing.find(municipality, receipt.id(), department.id()).orElseThrow().status())
        .isEqualTo(AssignmentStatus.NEW);
    assertThat(routing.history(municipality, receipt.id())).isEmpty();
  }

  @Test
  void adminsSetTheRoutesOfACategory() throws Exception {
    StaffPrincipal admin = staffOf(null, Role.ADMINISTRATOR);
    assertThat(
            mvc.perform(get("/personal/admin/kategorier/routning").with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(other.name());
    List<UUID> before = routing.routes(municipality, category);
    var request = post("/personal/admin/kategorier/routning").with(csrf()).with(user(admin));
    for (UUID id : before) {
      request.param("route-" + category, id.toString());
    }
    request.param("route-" + category, other.id().toString());
    // Keep every other category as it is.
    categories
        .all(municipality)
        .forEach(
            c -> {
              if (!c.id().equals(category)) {
                routing
                    .routes(municipality, c.id())
                    .forEach(o -> request.param("route-" + c.id(), o.toString()));
              }
            });
    mvc.perform(request).andExpect(status().isFound());
    assertThat(routing.routes(municipality, category)).contains(other.id(), department.id());
    mvc.perform(
            get("/personal/admin/kategorier/routning")
                .with(user(staffOf(department, Role.PARTNER))))
        .andExpect(status().isForbidden());
  }
}
