package se.trygghetsdialog.walk;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.AuditEntry;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Sharing one walk point with a partner organisation that was not invited: with a reason, audited;
 * the partner then finds the walk in its list and sees that point only, read only, until the share
 * is ended.
 */
@IntegrationTest
class WalkPointSharingIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlaceCategories categories;
  @Autowired PlanWalk planWalk;
  @Autowired RecordWalkPoint recordPoint;
  @Autowired MockMvc mvc;
  @Autowired AuditLog auditLog;

  StaffPrincipal partnerOf(MunicipalityId m, Organisation organisation) {
    return accounts.actingAs(
        accounts.createWithPassword(
            m,
            StaffMother.uniqueEmail("partner"),
            "Pär Partner",
            Set.of(Role.PARTNER),
            organisation.id(),
            "Trygghet2026!"));
  }

  String page(String path, StaffPrincipal staff) throws Exception {
    return mvc.perform(get(path).with(user(staff)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void anOwnerSharesAPointWithAPartnerWhoSeesItReadOnlyUntilTheShareEnds() throws Exception {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    StaffPrincipal coordinator = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Tekniska");
    Organisation police = WalkMother.organisation(m, organisations, "Polisen");
    String title = "Delning " + WalkMother.unique();
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(title, 10, List.of(new PlanWalk.Invitation(owner.id(), "")), null),
            coordinator);
    String shared = "Belys gångtunneln " + WalkMother.unique() + ".";
    String kept = "Klipp häcken " + WalkMother.unique() + ".";
    UUID point =
        recordPoint
            .record(
                m,
                walk,
                WalkMother.point(categories, m, owner.id(), "LIGHTING", "", shared),
                coordinator)
            .pointId();
    recordPoint.record(
        m, walk, WalkMother.point(categories, m, owner.id(), "LITTER", "", kept), coordinator);
    String walkPage = "/personal/trygghetsvandringar/" + walk;
    String share = walkPage + "/punkter/" + point + "/dela";
    StaffPrincipal ownerStaff = partnerOf(m, owner);
    StaffPrincipal policeStaff = partnerOf(m, police);

    // Before: the police neither list the walk nor open it, the point or its share page.
    assertThat(page("/personal/trygghetsvandringar", policeStaff)).doesNotContain(title);
    mvc.perform(get(walkPage).with(user(policeStaff))).andExpect(status().isForbidden());
    mvc.perform(get(share).with(user(policeStaff))).andExpect(status().isForbidden());
    mvc.perform(
            post(share)
                .with(user(policeStaff))
                .with(csrf())
                .param("organisationId", police.id().toString())
                .param("reason", "Vi vill se den"))
        .andExpect(status().isForbidden());

    // The owner's staff share it; a reason is needed, and never with the owner itself.
    assertThat(page(walkPage, ownerStaff)).contains(share);
    assertThat(page(share, ownerStaff)).contains(police.name());
    mvc.perform(
            post(share)
                .with(user(ownerStaff))
                .with(csrf())
                .param("organisationId", police.id().toString())
                .param("reason", ""))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(share)
                .with(user(ownerStaff))
                .with(csrf())
                .param("organisationId", owner.id().toString())
                .param("reason", "Egen"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(share)
                .with(user(ownerStaff))
                .with(csrf())
                .param("organisationId", "inte-ett-id")
                .param("reason", "Trasigt"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(share)
                .with(user(ownerStaff))
                .with(csrf())
                .param("organisationId", police.id().toString())
                .param("reason", "Tunneln är en plats för polisens trygghetsarbete."))
        .andExpect(status().is3xxRedirection());
    assertThat(page(share, ownerStaff))
        .contains("Tunneln är en plats för polisens trygghetsarbete.");

    // The police: the walk in their list, the shared point on its page, read only.
    assertThat(page("/personal/trygghetsvandringar", policeStaff)).contains(title);
    assertThat(page(walkPage, policeStaff))
        .contains(shared)
        .doesNotContain(kept)
        .doesNotContain(share)
        .doesNotContain("/punkter/" + point + "/status");
    mvc.perform(get(share).with(user(policeStaff))).andExpect(status().isForbidden());
    mvc.perform(
            post(walkPage + "/punkter/" + point + "/status")
                .with(user(policeStaff))
                .with(csrf())
                .param("status", "DONE")
                .param("reason", ""))
        .andExpect(status().isForbidden());

    // Ended: gone again.
    mvc.perform(post(share + "/" + police.id() + "/sluta").with(user(ownerStaff)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(page("/personal/trygghetsvandringar", policeStaff)).doesNotContain(title);
    mvc.perform(get(walkPage).with(user(policeStaff))).andExpect(status().isForbidden());

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(auditLog.about(m, point.toString()))
                    .extracting(AuditEntry::action)
                    .contains("walk.point-shared", "walk.point-unshared"));
  }
}
