package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The notice board on a phone with JavaScript off: a registrar posts a notice whose text screening
 * flags, confirms having checked it, corrects it, and a resident finds it on the board, in the feed
 * link and, with its earlier wording, on its own page; every page checked by axe-core.
 */
class NoticeBoardJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aRegistrarPostsAndCorrectsANoticeThatResidentsReadWithoutJavaScript() {
    String title = "Kungörelse om samråd " + StaffMother.uniqueWord();
    StaffMember registrar =
        StaffMother.staff(municipalities, accounts, "Rut Registrator", Role.REGISTRAR);
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.phone(driver);

    // The public board, its archive and a demo notice, reached from the footer.
    open(driver, "/?lang=sv");
    navigate(driver, By.cssSelector("footer a[href='/anslagstavla']"));
    assertThat(heading(driver)).isEqualTo("Anslagstavla");
    assertThat(driver.findElements(By.cssSelector("a[href='/anslagstavla/atom.xml']"))).hasSize(1);
    Axe.assertAccessible(driver);
    follow(driver, "Arkiv över nedtagna anslag");
    assertThat(heading(driver)).isEqualTo("Arkiv över nedtagna anslag");
    Axe.assertAccessible(driver);
    String demo =
        jdbc.sql(
                "SELECT notice_id::text FROM notice WHERE kind = 'PROTOCOL_ADJUSTED'"
                    + " AND posted_on <= current_date AND removed_on > current_date"
                    + " ORDER BY created_at LIMIT 1")
            .query(String.class)
            .single();
    open(driver, "/anslagstavla/" + demo + "?lang=sv");
    assertThat(mainText(driver)).contains("Protokollet justerades", "Förvaringsplats");
    Axe.assertAccessible(driver);

    // A registrar posts a notice; the phone number in it needs the check.
    signIn(driver, registrar.email());
    open(driver, "/personal/anslagstavla/ny?lang=sv");
    assertThat(heading(driver)).isEqualTo("Sätt upp ett anslag");
    Axe.assertAccessible(driver);
    click(driver, By.id("kind-PROCLAMATION"));
    type(driver, "title", title);
    type(driver, "text", "Frågor om samrådet besvaras på telefon 070-123 45 67.");
    submit(driver, "Sätt upp anslaget");
    assertThat(mainText(driver)).contains("Texten kan innehålla personuppgifter", "telefonnummer");
    Axe.assertAccessible(driver);
    assertThat(driver.findElements(By.id("checked"))).hasSize(1);
    // The registrar takes the number out rather than confirming it (the demo board stays clean).
    type(driver, "text", "Frågor om samrådet besvaras av samhällsbyggnadsförvaltningen.");
    submit(driver, "Sätt upp anslaget");
    assertThat(mainText(driver)).contains("Anslaget är uppsatt.");
    Axe.assertAccessible(driver);

    // It is corrected; the earlier wording stays.
    follow(driver, "Rätta anslaget");
    assertThat(heading(driver)).isEqualTo("Rätta anslaget");
    Axe.assertAccessible(driver);
    type(driver, "text", "Frågor om samrådet besvaras av kommunens växel.");
    submit(driver, "Spara rättelsen");
    assertThat(mainText(driver)).contains("Rättelsen är sparad.");
    open(driver, "/personal/anslagstavla?lang=sv");
    assertThat(mainText(driver)).contains(title);
    Axe.assertAccessible(driver);
    signOut(driver);

    // A resident reads it.
    open(driver, "/anslagstavla?typ=PROCLAMATION&lang=sv");
    assertThat(mainText(driver)).contains(title);
    follow(driver, title);
    assertThat(mainText(driver))
        .contains("Rättad", "Frågor om samrådet besvaras av kommunens växel.", "Tidigare lydelse");
    Axe.assertAccessible(driver);
  }
}
