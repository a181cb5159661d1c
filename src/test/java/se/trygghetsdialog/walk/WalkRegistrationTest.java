package se.trygghetsdialog.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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
 * Signing up for a walk: a confirmation mail with the cancel link, a receipt that tells the state
 * of the registration only to the holder of its private link, and a second sign-up with the same
 * address that looks like any other sign-up.
 */
@IntegrationTest
class WalkRegistrationTest {

  private static final Pattern CANCEL_LINK =
      Pattern.compile("/trygghetsvandringar/avboka/([A-Za-z0-9_-]+)");

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlanWalk planWalk;
  @Autowired Walks walks;
  @Autowired MockMvc mvc;

  /** Each test its own client address, so the sign-up limit of other tests does not apply. */
  private final String client =
      "10.7."
          + ThreadLocalRandom.current().nextInt(256)
          + "."
          + ThreadLocalRandom.current().nextInt(256);

  private RequestPostProcessor fromClient() {
    return request -> {
      request.setRemoteAddr(client);
      return request;
    };
  }

  private UUID walk(MunicipalityId m, String title) {
    StaffPrincipal staff = WalkMother.coordinator(municipalities, accounts);
    Organisation owner = WalkMother.organisation(m, organisations, "Tekniska");
    return planWalk.plan(
        m,
        WalkMother.input(title, 10, List.of(new PlanWalk.Invitation(owner.id(), "")), null),
        staff);
  }

  private MockHttpServletResponse signUp(UUID walk, String email) throws Exception {
    return mvc.perform(
            post("/trygghetsvandringar/" + walk + "/anmalan?lang=sv")
                .with(csrf())
                .with(fromClient())
                .param("name", "Kim")
                .param("email", email)
                .param("consent", "true")
                .param("group", "INDIVIDUAL"))
        .andExpect(status().is3xxRedirection())
        .andReturn()
        .getResponse();
  }

  private String page(String url) throws Exception {
    return mvc.perform(get(url + "?lang=sv"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static String token(String body) {
    Matcher matcher = CANCEL_LINK.matcher(body);
    assertThat(matcher.find()).as("a cancel link in %s", body).isTrue();
    return matcher.group(1);
  }

  @Test
  void aSignUpWithAnAddressIsConfirmedByMailWithTheCancelLink() throws Exception {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    String title = "Bekräftelse " + WalkMother.unique();
    UUID walk = walk(m, title);
    String email = StaffMother.uniqueEmail("vandrare");

    MockHttpServletResponse response = signUp(walk, email);
    String receipt = response.getRedirectedUrl();
    assertThat(receipt).isEqualTo("/trygghetsvandringar/" + walk + "/kvitto");
    String mailed =
        // The browser follows the redirect with its session cookie (the notice lives there).
        mvc.perform(get(receipt + "?lang=sv").cookie(response.getCookies()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(mailed)
        .contains("Tack för din anmälan")
        .contains("Vi har skickat ett mejl")
        .doesNotContain("cancel-link");

    TestMailServer.Mail confirmation = TestMailServer.awaitMail(email, "Du är anmäld");
    assertThat(confirmation.subject()).contains(title);
    String token = token(confirmation.body());
    assertThat(page("/trygghetsvandringar/min-anmalan/" + token))
        .contains("Du är anmäld")
        .contains("/trygghetsvandringar/avboka/" + token);
  }

  @Test
  void theReceiptTellsTheStateOfTheRegistrationOnlyToTheHolderOfItsLink() throws Exception {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    UUID walk = walk(m, "Kvitto " + WalkMother.unique());

    // Anyone can open the receipt address of a walk: it is no receipt, just the walk.
    mvc.perform(get("/trygghetsvandringar/" + walk + "/kvitto?lang=sv"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            result ->
                assertThat(result.getResponse().getRedirectedUrl())
                    .isEqualTo("/trygghetsvandringar/" + walk));

    // Without an address, the private link is shown on screen and tells the state.
    String location =
        mvc.perform(
                post("/trygghetsvandringar/" + walk + "/anmalan?lang=sv")
                    .with(csrf())
                    .with(fromClient())
                    .param("group", "INDIVIDUAL"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/trygghetsvandringar/min-anmalan/");
    String token = location.substring(location.lastIndexOf('/') + 1);
    assertThat(page(location)).contains("Du är anmäld").contains("cancel-link");

    mvc.perform(post("/trygghetsvandringar/avboka/" + token).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(page(location))
        .contains("Din anmälan är avbokad")
        .doesNotContain("Du är anmäld")
        .doesNotContain("cancel-link");
    // The cancel page of a cancelled registration leads to its state, not to a second cancel.
    mvc.perform(get("/trygghetsvandringar/avboka/" + token))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(location));
    mvc.perform(get("/trygghetsvandringar/min-anmalan/" + "x".repeat(43)))
        .andExpect(status().isNotFound());
  }

  @Test
  void signingUpAgainWithARegisteredAddressAnswersAsANewSignUpAndMailsTheAddress()
      throws Exception {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    String title = "Redan anmäld " + WalkMother.unique();
    UUID walk = walk(m, title);
    String email = StaffMother.uniqueEmail("dubbel");

    MockHttpServletResponse first = signUp(walk, email);
    MockHttpServletResponse again = signUp(walk, email.toUpperCase(java.util.Locale.ROOT));
    assertThat(again.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
    assertThat(again.getStatus()).isEqualTo(first.getStatus());
    assertThat(walks.find(m, walk).orElseThrow().registered()).isEqualTo(1);

    TestMailServer.Mail already = TestMailServer.awaitMail(email, "redan anmäld");
    assertThat(already.subject()).contains(title);
    String token = token(already.body());
    // The link in that mail reaches the registration the address already has.
    mvc.perform(post("/trygghetsvandringar/avboka/" + token).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(walks.find(m, walk).orElseThrow().registered()).isZero();
    String firstToken = token(TestMailServer.awaitMail(email, "Du är anmäld").body());
    assertThat(page("/trygghetsvandringar/min-anmalan/" + firstToken))
        .contains("Din anmälan är avbokad");
  }
}
