package se.trygghetsdialog.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Sending a walk protocol when an owner has no address: the warning comes before the send, the
 * owner can be sent the protocol once an address is saved, and an amended protocol goes out again.
 */
@IntegrationTest
class WalkProtocolSendingTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlaceCategories categories;
  @Autowired PlanWalk planWalk;
  @Autowired RecordWalkPoint recordPoint;
  @Autowired MockMvc mvc;

  private Document page(String url, StaffPrincipal staff) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(url + "?lang=sv").with(user(staff)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void anOwnerWithoutAddressIsNamedBeforeSendingAndGetsTheProtocolOnceAnAddressIsSaved()
      throws Exception {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation streets = WalkMother.organisation(m, organisations, "Gator");
    Organisation housing = WalkMother.organisation(m, organisations, "Bostäder AB");
    String streetsMail = StaffMother.uniqueEmail("gator");
    String housingMail = StaffMother.uniqueEmail("bostader");
    String title = "Andra utskicket " + WalkMother.unique();
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                title,
                20,
                List.of(
                    new PlanWalk.Invitation(streets.id(), streetsMail),
                    new PlanWalk.Invitation(housing.id(), "")),
                null),
            staff);
    recordPoint.record(
        m, walk, WalkMother.point(categories, m, streets.id(), "LIGHTING", "", "Ny lampa."), staff);
    recordPoint.record(
        m, walk, WalkMother.point(categories, m, housing.id(), "LITTER", "", "Soptunna."), staff);
    String url = "/personal/trygghetsvandringar/" + walk;

    // Before sending, the page names the owner that would get nothing.
    Document before = page(url, staff);
    assertThat(before.select("#owners-without-address-list li").eachText())
        .containsExactly(housing.name());
    assertThat(before.select("#send-protocol")).hasSize(1);

    mvc.perform(post(url + "/skicka").with(user(staff)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(TestMailServer.awaitMail(streetsMail, title).body()).contains("Ny lampa.");

    // After sending, the owner still waits, and the send action is still there for it.
    Document after = page(url, staff);
    assertThat(after.select("#owners-without-address-list li").eachText())
        .containsExactly(housing.name());
    mvc.perform(
            post(url + "/inbjudna/" + housing.id())
                .param("email", housingMail)
                .with(user(staff))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    Document withAddress = page(url, staff);
    assertThat(withAddress.select("#owners-without-address-list")).isEmpty();
    assertThat(withAddress.select("#send-protocol")).hasSize(1);

    mvc.perform(post(url + "/skicka").with(user(staff)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    TestMailServer.Mail late = TestMailServer.awaitMail(housingMail, title);
    assertThat(late.body()).contains("Soptunna.").doesNotContain("Ny lampa.");
    // Nobody waits any more: a further send has nothing to do and mails nobody twice.
    assertThat(page(url, staff).select("#send-protocol")).isEmpty();
    mvc.perform(post(url + "/skicka").with(user(staff)).with(csrf()))
        .andExpect(status().isConflict());
    assertThat(
            TestMailServer.received().stream()
                .filter(mail -> mail.subject().contains(title))
                .filter(mail -> mail.to().contains(streetsMail))
                .count())
        .isEqualTo(1);
  }

  @Test
  void anAmendedProtocolIsANewVersionMailedToEveryOwnerOnce() throws Exception {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation streets = WalkMother.organisation(m, organisations, "Gator");
    Organisation parks = WalkMother.organisation(m, organisations, "Parker");
    String streetsMail = StaffMother.uniqueEmail("gator");
    String parksMail = StaffMother.uniqueEmail("parker");
    String title = "Ändrat protokoll " + WalkMother.unique();
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                title,
                20,
                List.of(
                    new PlanWalk.Invitation(streets.id(), streetsMail),
                    new PlanWalk.Invitation(parks.id(), parksMail)),
                null),
            staff);
    recordPoint.record(
        m, walk, WalkMother.point(categories, m, streets.id(), "LIGHTING", "", "Ny lampa."), staff);
    String url = "/personal/trygghetsvandringar/" + walk;
    mvc.perform(post(url + "/skicka").with(user(staff)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    TestMailServer.awaitMail(streetsMail, title);

    // A point added after the send goes out in an amended protocol.
    recordPoint.record(
        m, walk, WalkMother.point(categories, m, parks.id(), "LITTER", "", "Fler bänkar."), staff);
    Document sent = page(url, staff);
    assertThat(sent.select("#send-amended")).hasSize(1);
    mvc.perform(post(url + "/skicka").param("andrat", "1").with(user(staff)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(TestMailServer.awaitMail(streetsMail, "version 2").body()).contains("Ny lampa.");
    assertThat(TestMailServer.awaitMail(parksMail, "version 2").body()).contains("Fler bänkar.");
    assertThat(page(url, staff).select("#amended-at").text()).contains("Version 2");
    // The same form sent twice amends once.
    mvc.perform(post(url + "/skicka").param("andrat", "1").with(user(staff)).with(csrf()))
        .andExpect(status().isConflict());
    assertThat(
            TestMailServer.received().stream()
                .filter(mail -> mail.subject().contains(title))
                .filter(mail -> mail.to().contains(parksMail))
                .count())
        .isEqualTo(1);
  }

  @Test
  void aStaleAmendFormGetsConflictWithTheSendFormsShownAgainAtTheCurrentVersion() throws Exception {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation streets = WalkMother.organisation(m, organisations, "Gator");
    String title = "Inaktuellt formulär " + WalkMother.unique();
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                title,
                20,
                List.of(new PlanWalk.Invitation(streets.id(), StaffMother.uniqueEmail("gator"))),
                null),
            staff);
    recordPoint.record(
        m, walk, WalkMother.point(categories, m, streets.id(), "LIGHTING", "", "Ny lampa."), staff);
    String url = "/personal/trygghetsvandringar/" + walk;
    mvc.perform(post(url + "/skicka").with(user(staff)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    // Two planners have the page open at version 1; the first amends it.
    mvc.perform(post(url + "/skicka").param("andrat", "1").with(user(staff)).with(csrf()))
        .andExpect(status().is3xxRedirection());

    Document stale =
        Jsoup.parse(
            mvc.perform(
                    post(url + "/skicka?lang=sv")
                        .param("andrat", "1")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(stale.select(".govuk-error-summary").text())
        .contains("Protokollet har just skickats i en ny version");
    assertThat(stale.select("#send-amended")).hasSize(1);
    assertThat(stale.select("input[name=andrat]").val()).isEqualTo("2");
  }

  @Test
  void sendingAProtocolWithoutPointsIsABadRequestNotAConflict() throws Exception {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation streets = WalkMother.organisation(m, organisations, "Gator");
    UUID walk =
        planWalk.plan(
            m,
            WalkMother.input(
                "Utan punkter " + WalkMother.unique(),
                20,
                List.of(new PlanWalk.Invitation(streets.id(), StaffMother.uniqueEmail("gator"))),
                null),
            staff);
    String url = "/personal/trygghetsvandringar/" + walk;

    Document refused =
        Jsoup.parse(
            mvc.perform(post(url + "/skicka?lang=sv").with(user(staff)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(refused.select(".govuk-error-summary").text())
        .contains("Protokollet har inga punkter ännu.");
    assertThat(refused.select("#send-protocol")).hasSize(1);
  }
}
