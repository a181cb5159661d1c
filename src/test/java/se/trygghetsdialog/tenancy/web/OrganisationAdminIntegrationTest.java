package se.trygghetsdialog.tenancy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
class OrganisationAdminIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;

  MunicipalityId municipality;
  StaffPrincipal admin;
  String unique;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    unique = StaffMother.uniqueWord();
    admin = staff(Role.ADMINISTRATOR, null);
  }

  StaffPrincipal staff(Role role, UUID organisation) {
    return accounts.actingAs(
        accounts.createWithPassword(
            municipality,
            StaffMother.uniqueEmail("org"),
            "Personal " + unique,
            Set.of(role),
            organisation,
            "Trygghet2026!"));
  }

  String send(MockHttpServletRequestBuilder request, int expected) throws Exception {
    return mvc.perform(request.param("lang", "sv").with(csrf()).with(user(admin)))
        .andExpect(status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  Organisation named(String name) {
    return organisations.page(municipality, 1000, 0).stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAdministratorAddsAHousingCompanyWithContactAddressesAndEditsIt() throws Exception {
    String name = "Bostadsbolaget " + unique;
    send(
        post("/personal/admin/organisationer/ny")
            .param("name", "  " + name + " ")
            .param("kind", "HOUSING_COMPANY")
            .param("email", "felanmalan@bostad.example")
            .param("phone", "0523-123 45"),
        302);
    Organisation added = named(name);
    assertThat(added.kind()).isEqualTo(OrganisationKind.HOUSING_COMPANY);
    assertThat(added.email()).isEqualTo("felanmalan@bostad.example");
    assertThat(added.phone()).isEqualTo("0523-123 45");

    assertThat(send(get("/personal/admin/organisationer"), 200)).contains(name);
    assertThat(send(get("/personal/admin/organisationer/" + added.id()), 200))
        .contains("felanmalan@bostad.example");

    send(
        post("/personal/admin/organisationer/" + added.id())
            .param("name", name)
            .param("kind", "SCHOOL")
            .param("email", "")
            .param("phone", ""),
        302);
    assertThat(organisations.find(municipality, added.id()).orElseThrow())
        .satisfies(o -> assertThat(o.kind()).isEqualTo(OrganisationKind.SCHOOL))
        .satisfies(o -> assertThat(o.email()).isEmpty());
  }

  @Test
  void aPoliticalBodyAddedHereCanDecideADialogue() throws Exception {
    String name = "Trygghetsnämnden " + unique;
    send(
        post("/personal/admin/organisationer/ny").param("name", name).param("kind", "COMMITTEE"),
        302);
    assertThat(organisations.decidingBodies(municipality))
        .extracting(Organisation::name)
        .contains(name);
  }

  @Test
  void badInputIsRefusedWithMessagesAndNothingIsSaved() throws Exception {
    String name = "Föreningen " + unique;
    String page =
        send(
            post("/personal/admin/organisationer/ny")
                .param("name", "")
                .param("kind", "NO_SUCH_KIND")
                .param("email", "inte en adress")
                .param("phone", "ring mig"),
            400);
    assertThat(page)
        .contains("govuk-error-summary")
        .contains("Skriv organisationens namn")
        .contains("Skriv en e-postadress i rätt format")
        .contains("Skriv telefonnumret med siffror");

    send(
        post("/personal/admin/organisationer/ny").param("name", name).param("kind", "ASSOCIATION"),
        302);
    assertThat(
            send(
                post("/personal/admin/organisationer/ny")
                    .param("name", name.toUpperCase())
                    .param("kind", "ASSOCIATION"),
                400))
        .contains("Det finns redan en organisation som heter");
    assertThat(organisations.page(municipality, 1000, 0))
        .filteredOn(o -> o.name().equalsIgnoreCase(name))
        .hasSize(1);
  }

  @Test
  void anOrganisationSomethingPointsToIsNotDeletedButCanBeArchived() throws Exception {
    Organisation police =
        organisations.register(municipality, "Polisen " + unique, OrganisationKind.POLICE, null);
    staff(Role.PARTNER, police.id());

    String refused = send(post("/personal/admin/organisationer/" + police.id() + "/ta-bort"), 409);
    assertThat(refused).contains("används och kan inte tas bort").contains("Personalkonto");
    assertThat(organisations.find(municipality, police.id())).isPresent();

    send(
        post("/personal/admin/organisationer/" + police.id() + "/arkiv").param("archived", "true"),
        302);
    assertThat(organisations.find(municipality, police.id()).orElseThrow().archived()).isTrue();
    assertThat(organisations.all(municipality))
        .extracting(Organisation::id)
        .doesNotContain(police.id());

    send(
        post("/personal/admin/organisationer/" + police.id() + "/arkiv").param("archived", "false"),
        302);
    assertThat(organisations.all(municipality)).extracting(Organisation::id).contains(police.id());
  }

  @Test
  void anOrganisationNothingPointsToIsDeleted() throws Exception {
    Organisation school =
        organisations.register(municipality, "Skolan " + unique, OrganisationKind.SCHOOL, null);
    send(post("/personal/admin/organisationer/" + school.id() + "/ta-bort"), 302);
    assertThat(organisations.find(municipality, school.id())).isEmpty();
  }

  @Test
  void onlyAdministratorsReachThePages() throws Exception {
    mvc.perform(get("/personal/admin/organisationer").with(user(staff(Role.PROCESS_LEADER, null))))
        .andExpect(status().isForbidden());
  }
}
