package se.trygghetsdialog.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;

/**
 * An archived organisation is no longer offered in choices, but pages that name it by id (the area
 * routes that still send reports to it) show its name, marked archived, instead of a blank.
 */
@IntegrationTest
class ArchivedOrganisationsStayNamedTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired PlaceRouting routing;
  @Autowired PlaceSettings settings;

  MunicipalityId municipality;
  Organisation housing;
  String unique;

  @BeforeEach
  void anAreaRouteToAnOrganisationThatIsThenArchived() {
    municipality = StaffMother.tenant(municipalities).id();
    unique = StaffMother.uniqueWord();
    housing =
        organisations.register(
            municipality, "Arkivbostäder " + unique, OrganisationKind.HOUSING_COMPANY, null);
    MapSettings map = settings.of(municipality);
    routing.addAreaRoute(
        municipality,
        housing.id(),
        "Arkivområdet " + unique,
        new Coordinates(map.maxLatitude() - 0.03, map.maxLongitude() - 0.03),
        300);
    assertThat(organisations.archive(municipality, housing.id(), true)).isTrue();
  }

  @Test
  void theAreaRoutesPageNamesTheArchivedOrganisationAndNoLongerOffersIt() throws Exception {
    StaffPrincipal admin =
        accounts.actingAs(
            accounts.createWithPassword(
                municipality,
                StaffMother.uniqueEmail("admin"),
                "Admin " + unique,
                Set.of(Role.ADMINISTRATOR),
                null,
                "Trygghet2026!"));
    String page =
        mvc.perform(get("/personal/admin/kategorier/omraden").with(user(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Arkivområdet " + unique)
        .contains("Arkivbostäder " + unique + " (arkiverad)")
        .doesNotContain("value=\"" + housing.id() + "\"");
  }

  @Test
  void namesByIdHoldArchivedOrganisationsMarkedWhileChoicesHoldOnlyActiveOnes() {
    assertThat(organisations.all(municipality))
        .extracting(Organisation::id)
        .doesNotContain(housing.id());
    assertThat(organisations.names(municipality)).containsKey(housing.id());
    assertThat(organisations.name(municipality, housing.id(), Locale.forLanguageTag("sv")))
        .isEqualTo("Arkivbostäder " + unique + " (arkiverad)");
    assertThat(organisations.name(municipality, housing.id(), Locale.ENGLISH))
        .isEqualTo("Arkivbostäder " + unique + " (archived)");
    assertThat(organisations.name(municipality, UUID.randomUUID(), Locale.ENGLISH)).isEmpty();
  }
}
