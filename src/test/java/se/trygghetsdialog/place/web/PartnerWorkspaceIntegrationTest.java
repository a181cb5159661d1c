package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
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
import se.trygghetsdialog.place.PlaceMother;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.records.AuditEntry;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Partners (police, housing companies, nämnder) see only their organisation's place reports, by
 * list and by direct address, until a report is shared with them: an explicit act with a reason,
 * audited, that can be ended.
 */
@IntegrationTest
class PartnerWorkspaceIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlaceCategories categories;
  @Autowired PlaceRouting routing;
  @Autowired ReportPlace reportPlace;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;
  @Autowired AuditLog auditLog;

  MunicipalityId municipality;
  Organisation owner;
  Organisation other;
  String unique;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    unique = StaffMother.uniqueWord();
    owner =
        organisations.register(
            municipality, "Förvaltning " + unique, OrganisationKind.DEPARTMENT, null);
    other =
        organisations.register(
            municipality, "Bostadsbolag " + unique, OrganisationKind.HOUSING_COMPANY, null);
  }

  StaffPrincipal partnerOf(Organisation organisation) {
    return accounts.actingAs(
        accounts.createWithPassword(
            municipality,
            StaffMother.uniqueEmail("partner"),
            "Pär Partner",
            Set.of(Role.PARTNER),
            organisation.id(),
            "Trygghet2026!"));
  }

  String worklist(StaffPrincipal staff) throws Exception {
    return mvc.perform(get("/personal/arbetslista").with(user(staff)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aPartnerSeesOnlyItsOwnReportsUntilOneIsSharedWithItWithAReason() throws Exception {
    UUID category = PlaceMother.category(categories, municipality, "LITTER");
    routing.addRoute(municipality, category, owner.id());
    String text = "Nedskräpat vid återvinningen " + unique + ".";
    ReportPlace.Receipt receipt =
        reportPlace.report(municipality, PlaceMother.report(category, text));
    StaffPrincipal moderator =
        accounts.actingAs(
            accounts.createWithPassword(
                municipality,
                StaffMother.uniqueEmail("moderator"),
                "Mona Moderator",
                Set.of(Role.MODERATOR),
                null,
                "Trygghet2026!"));
    PlaceMother.approve(queue, approve, municipality, receipt, text, moderator);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> routing.find(municipality, receipt.id(), owner.id()).isPresent());
    String report = receipt.id().value().toString();
    String share = "/personal/arbetslista/" + report + "/dela";

    StaffPrincipal ownerPartner = partnerOf(owner);
    StaffPrincipal otherPartner = partnerOf(other);
    assertThat(worklist(ownerPartner)).contains(unique).contains(share);
    // Not by list, not by direct address, not by acting on the owner's assignment.
    assertThat(worklist(otherPartner)).doesNotContain(unique);
    mvc.perform(get(share).with(user(otherPartner))).andExpect(status().isForbidden());
    mvc.perform(get("/personal/platsrapporter/" + report).with(user(otherPartner)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/personal/arbetslista/status")
                .with(user(otherPartner))
                .with(csrf())
                .param("reportId", report)
                .param("organisationId", owner.id().toString())
                .param("status", "IN_PROGRESS")
                .param("reason", ""))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(share)
                .with(user(otherPartner))
                .with(csrf())
                .param("organisationId", other.id().toString())
                .param("reason", "Jag vill se den"))
        .andExpect(status().isForbidden());

    // Sharing needs a reason.
    mvc.perform(get(share).with(user(ownerPartner))).andExpect(status().isOk());
    mvc.perform(
            post(share)
                .with(user(ownerPartner))
                .with(csrf())
                .param("organisationId", other.id().toString())
                .param("reason", ""))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(share)
                .with(user(ownerPartner))
                .with(csrf())
                .param("organisationId", other.id().toString())
                .param("reason", "Återvinningen ligger på bolagets mark."))
        .andExpect(status().is3xxRedirection());
    assertThat(worklist(otherPartner)).contains(unique);
    assertThat(
            mvc.perform(get(share).with(user(ownerPartner)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Återvinningen ligger på bolagets mark.");

    mvc.perform(post(share + "/" + other.id() + "/sluta").with(user(ownerPartner)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(worklist(otherPartner)).doesNotContain(unique);

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(auditLog.about(municipality, report))
                    .extracting(AuditEntry::action)
                    .contains("place.report-shared", "place.report-unshared"));
  }
}
