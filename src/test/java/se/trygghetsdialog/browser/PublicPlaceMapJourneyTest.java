package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;

/** The public trygghetskarta is accessible with and without JavaScript. */
class PublicPlaceMapJourneyTest extends BrowserTestBase {

  @Test
  void withJavaScriptTheMapIsDrawnAndThePageIsAccessible() {
    WebDriver driver = Browsers.javaScriptOn();
    open(driver, "/trygghetskarta?lang=sv");
    assertThat(heading(driver)).isEqualTo("Trygghetskartan");
    await(driver, By.cssSelector("#public-map.leaflet-container"));
    Axe.assertAccessible(driver);
  }

  @Test
  void withoutJavaScriptTheTableAndListAreThereAndThePageIsAccessible() {
    WebDriver driver = Browsers.javaScriptOff();
    open(driver, "/trygghetskarta?lang=sv");
    assertThat(heading(driver)).isEqualTo("Trygghetskartan");
    assertThat(driver.findElement(By.id("public-map")).isDisplayed()).isFalse();
    Axe.assertAccessible(driver);
  }
}
