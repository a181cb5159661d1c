package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.analysis.ReportDialogues;
import se.trygghetsdialog.identity.RealCsrfTokenStore;
import se.trygghetsdialog.shared.ServerSecret;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;

/**
 * With JavaScript off: the process leader opens the draft of the compiled perspectives report from
 * the dialogue's staff page, freezes it as version 1, and a resident on a phone finds it on the
 * public dialogue page and reads it. Every page is checked by axe-core.
 */
class ReportJourneyTest extends BrowserTestBase {

  @Autowired ReportDialogues data;
  @Autowired WebApplicationContext context;
  @Autowired ServerSecret secret;

  @Test
  void theTeamFreezesTheCompiledReportAndResidentsReadItOnTheDialoguePage() throws Exception {
    ReportDialogues.Setup d = data.create();
    UUID theme = d.theme("Hamnen");
    UUID street = d.contact("STREET_OUTREACH", "12", "ageUnder18", "12", "men", "12");
    d.perspective(
        street, "STANCE", "Vi vill kunna vara ute på kajen på kvällen.", theme, "dissent");
    d.perspective(street, "IDEA", "Bättre belysning vid busshållplatsen.", theme);
    d.gapCheck();
    RealCsrfTokenStore.restore(context, secret);
    String dialogue = "/personal/dialoger/" + d.dialogue().value();

    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    try {
      signIn(driver, d.leader().getUsername());
      open(driver, dialogue + "?lang=sv");
      follow(driver, "Sammanställning och beslutsunderlag");
      assertThat(heading(driver)).isEqualTo("Sammanställning av perspektiv – utkast");
      assertThat(mainText(driver))
          .contains("Perspektivkarta")
          .contains("Nej-röst: Vi vill kunna vara ute på kajen på kvällen.");
      assertThat(driver.findElements(By.cssSelector("table th[scope=col]"))).isNotEmpty();
      Axe.assertAccessible(driver);
      submit(driver, "Frys Sammanställning av perspektiv som version 1");
      assertThat(mainText(driver))
          .contains("Versionen är fryst och publicerad på dialogens sida.")
          .contains("Sammanställning av perspektiv, version 1");
      Axe.assertAccessible(driver);

      follow(driver, "Beslutsunderlag");
      assertThat(driver.findElement(By.id("missing-list")).getText())
          .contains("Förslagen och perspektiven bakom dem");
      Axe.assertAccessible(driver);
      signOut(driver);

      Browsers.phone(driver);
      open(driver, "/dialoger/" + d.dialogue().value() + "?lang=sv");
      assertThat(driver.findElement(By.id("published-documents")).getText())
          .contains("Sammanställning av perspektiv, version 1");
      follow(driver, "Sammanställning av perspektiv, version 1");
      assertThat(heading(driver)).startsWith("Sammanställning av perspektiv – Trygg hamn");
      assertThat(mainText(driver)).contains("Vi vill kunna vara ute på kajen på kvällen.");
      assertThat(driver.findElement(By.id("pdf-link")).getAttribute("href")).endsWith("/1.pdf");
      Axe.assertAccessible(driver);
      Object overflow =
          ((JavascriptExecutor) driver)
              .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
      assertThat(((Number) overflow).intValue())
          .as("horizontal scroll on a phone")
          .isLessThanOrEqualTo(0);
    } finally {
      Browsers.desktop(driver);
      driver.manage().deleteAllCookies();
    }
  }
}
