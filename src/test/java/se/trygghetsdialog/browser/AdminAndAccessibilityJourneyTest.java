package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;

class AdminAndAccessibilityJourneyTest extends BrowserTestBase {

  private static final Pattern LINK = Pattern.compile("/konto/aktivera/([A-Za-z0-9_-]+)");

  @Autowired StaffAccounts staff;
  @Autowired Municipalities municipalities;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
  }

  private StaffMember administrator() {
    Tenant tenant = municipalities.resolve("localhost");
    return staff.createWithPassword(
        tenant.id(),
        unique("admin"),
        "Anna Administratör",
        Set.of(Role.ADMINISTRATOR),
        null,
        DEMO_PASSWORD);
  }

  @Nested
  class AnAdministrator {

    @Test
    void invitesAUserWhoActivatesTheAccountFromTheMailAndSignsIn() {
      WebDriver driver = Browsers.javaScriptOn();
      Browsers.desktop(driver);
      StaffMember admin = administrator();
      signIn(driver, admin.email());
      assertThat(heading(driver)).contains("Anna Administratör");
      Axe.assertAccessible(driver);

      open(driver, "/personal/admin");
      assertThat(heading(driver)).isEqualTo("Administration");
      Axe.assertAccessible(driver);

      navigate(driver, By.linkText("Användare och roller"));
      assertThat(heading(driver)).isEqualTo("Användare");
      Axe.assertAccessible(driver);

      navigate(driver, By.cssSelector("#main-content a.govuk-button"));
      assertThat(heading(driver)).isEqualTo("Bjud in en användare");
      Axe.assertAccessible(driver);

      submit(driver, "Skicka inbjudan");
      assertThat(driver.findElement(By.id("error-summary")).getText())
          .contains("Fyll i e-postadressen");
      Axe.assertAccessible(driver);

      String email = unique("ny");
      type(driver, "email", email);
      type(driver, "displayName", "Nils Nyanställd");
      click(driver, By.id("roles-MODERATOR"));
      click(driver, By.id("roles-FIELD_REPORTER"));
      submit(driver, "Skicka inbjudan");
      assertThat(mainText(driver)).contains("Inbjudan är skickad.");
      Axe.assertAccessible(driver);

      StaffMember invited =
          staff.findByEmail(municipalities.resolve("localhost").id(), email).orElseThrow();
      open(driver, "/personal/admin/anvandare/" + invited.id());
      assertThat(heading(driver)).isEqualTo("Ändra Nils Nyanställd");
      assertThat(mainText(driver)).contains("Inbjuden");
      Axe.assertAccessible(driver);
      click(driver, By.id("roles-PROCESS_LEADER"));
      submit(driver, "Spara");
      assertThat(mainText(driver)).contains("Ändringarna är sparade.");
      Axe.assertAccessible(driver);

      TestMailServer.Mail mail = TestMailServer.awaitMail(email, "Inbjudan");
      Matcher link = LINK.matcher(mail.body());
      assertThat(link.find()).isTrue();

      signOut(driver);
      Axe.assertAccessible(driver);
      open(driver, "/konto/aktivera/" + link.group(1));
      assertThat(heading(driver)).isEqualTo("Välj lösenord");
      Axe.assertAccessible(driver);

      type(driver, "password", "kort");
      type(driver, "confirmation", "kort");
      submit(driver, "Spara lösenord");
      assertThat(driver.findElement(By.id("error-summary")).getText()).contains("minst 12 tecken");
      Axe.assertAccessible(driver);

      String password = "mitt nya långa lösenord";
      type(driver, "password", password);
      type(driver, "confirmation", password);
      submit(driver, "Spara lösenord");
      assertThat(mainText(driver)).contains("Nu kan du logga in");
      Axe.assertAccessible(driver);

      type(driver, "email", email);
      type(driver, "password", password);
      navigate(driver, By.cssSelector("form[action='/logga-in'] button[type=submit]"));
      assertThat(heading(driver)).contains("Nils Nyanställd");
      Axe.assertAccessible(driver);
      signOut(driver);
    }

    @Test
    void seesTheAuditLog() {
      WebDriver driver = Browsers.javaScriptOn();
      signIn(driver, administrator().email());
      open(driver, "/personal/admin/logg");
      assertThat(heading(driver)).isEqualTo("Händelselogg");
      Axe.assertAccessible(driver);
      signOut(driver);
    }
  }

  /**
   * Staff sign-in through the municipality's own identity provider (issue 17 item 5): an
   * administrator of a municipality of its own (Chromium sends every {@code *.localhost} name to
   * this machine) sets a real mock-oauth2-server as the identity provider, and a staff member signs
   * in through it; an unknown address meets the refusal page. JavaScript off, 390 px, axe-core on
   * every page.
   */
  @Nested
  class AStaffMemberOfAMunicipalityWithItsOwnIdp {

    @Test
    void signsInThroughTheIdpTheAdministratorSetUp() {
      MockOAuth2Server idp = new MockOAuth2Server();
      idp.start(0);
      WebDriver driver = Browsers.javaScriptOff();
      try {
        Browsers.phone(driver);
        FreshMunicipality municipality = FreshMunicipality.register(municipalities);
        String origin = "http://" + municipality.host() + ":" + port;
        StaffMember admin = municipality.staff(staff, "Ida", Role.ADMINISTRATOR);
        StaffMember moderator = municipality.staff(staff, "Mona", Role.MODERATOR);
        String issuerId = "kommun-" + municipality.tenant().code();
        String issuer = idp.issuerUrl(issuerId).toString();

        signOut(driver);
        driver.get(origin + "/logga-in?lang=sv");
        type(driver, "email", admin.email());
        type(driver, "password", FreshMunicipality.PASSWORD);
        navigate(driver, By.cssSelector("form[action='/logga-in'] button[type=submit]"));
        driver.get(origin + "/personal/admin");
        navigate(driver, By.linkText("Inloggning för personal"));
        assertThat(heading(driver)).isEqualTo("Inloggning för personal");
        assertThat(mainText(driver)).contains("Ingen egen inloggning är inställd.");
        Axe.assertAccessible(driver);

        submit(driver, "Spara inloggningen");
        assertThat(driver.findElement(By.id("error-summary")).getText())
            .contains("Ange utfärdarens adress");
        Axe.assertAccessible(driver);

        type(driver, "issuerUri", issuer);
        type(driver, "clientId", "trygghetsdialog");
        type(driver, "clientSecret", "hemlighet-i-webblasaren");
        submit(driver, "Spara inloggningen");
        assertThat(mainText(driver)).contains("Inloggningen är sparad.").contains("inte provad");
        assertThat(driver.getPageSource()).doesNotContain("hemlighet-i-webblasaren");
        Axe.assertAccessible(driver);

        navigate(driver, By.cssSelector("form[action='/logga-ut'] button"));
        driver.get(origin + "/logga-in");
        String button =
            "Logga in med Nya kommunen " + municipality.tenant().code() + "s inloggning";
        assertThat(driver.findElement(By.id("idp")).getText()).isEqualTo(button);
        Axe.assertAccessible(driver);

        // Without a queued answer the identity provider signs in someone without an address.
        navigate(driver, By.id("idp"));
        assertThat(heading(driver)).isEqualTo("Inloggningen nekades");
        assertThat(mainText(driver)).contains("Inloggningen gav ingen e-postadress");
        Axe.assertAccessible(driver);

        idp.enqueueCallback(
            new DefaultOAuth2TokenCallback(
                issuerId,
                "mona",
                "JWT",
                null,
                Map.of("email", moderator.email(), "email_verified", true),
                3600));
        driver.get(origin + "/logga-in");
        navigate(driver, By.id("idp"));
        assertThat(driver.getCurrentUrl()).startsWith(origin + "/personal");
        assertThat(heading(driver)).contains("Mona");
        Axe.assertAccessible(driver);
        navigate(driver, By.cssSelector("form[action='/logga-ut'] button"));

        idp.enqueueCallback(
            new DefaultOAuth2TokenCallback(
                issuerId,
                "okand",
                "JWT",
                null,
                Map.of("email", unique("okand"), "email_verified", true),
                3600));
        driver.get(origin + "/logga-in");
        navigate(driver, By.id("idp"));
        assertThat(heading(driver)).isEqualTo("Inloggningen nekades");
        assertThat(mainText(driver)).contains("Det finns inget konto för personal i");
        Axe.assertAccessible(driver);
      } finally {
        Browsers.desktop(driver);
        idp.shutdown();
      }
    }
  }

  @Nested
  class AResident {

    /**
     * Every state the resident sees without JavaScript (statement, error summary, receipt) is
     * checked with axe-core, and reached again and checked with JavaScript on.
     */
    @Test
    void reportsAnAccessibilityProblemWithJavaScriptOff() {
      WebDriver driver = Browsers.javaScriptOff();
      open(driver, "/tillganglighet");
      assertThat(mainText(driver))
          .contains("2018:1937")
          .contains("Myndigheten för digital förvaltning");
      Axe.assertAccessible(driver);

      submit(driver, "Skicka rapporten");
      assertThat(driver.findElement(By.id("error-summary")).getText())
          .contains("Beskriv problemet.");
      Axe.assertAccessible(driver);

      String description = "Kartan går inte att använda med skärmläsare " + UUID.randomUUID();
      type(driver, "pageUrl", "/dialoger");
      type(driver, "description", description);
      type(driver, "replyEmail", "invanare@example.se");
      submit(driver, "Skicka rapporten");
      assertThat(mainText(driver)).contains("Vi har tagit emot din rapport");
      Axe.assertAccessible(driver);

      WebDriver withScript = Browsers.javaScriptOn();
      signOut(withScript);
      Axe.assertAccessible(withScript);
      open(withScript, "/tillganglighet");
      assertThat(heading(withScript)).contains("Tillgänglighet");
      Axe.assertAccessible(withScript);
      submit(withScript, "Skicka rapporten");
      assertThat(withScript.findElement(By.id("error-summary")).getText())
          .contains("Beskriv problemet.");
      Axe.assertAccessible(withScript);
      type(withScript, "description", "Kontrasten är för låg " + UUID.randomUUID());
      submit(withScript, "Skicka rapporten");
      assertThat(mainText(withScript)).contains("Vi har tagit emot din rapport");
      Axe.assertAccessible(withScript);

      signIn(withScript, administrator().email());
      open(withScript, "/personal/admin/tillganglighet");
      assertThat(mainText(withScript)).contains(description);
      Axe.assertAccessible(withScript);
      signOut(withScript);
    }
  }
}
