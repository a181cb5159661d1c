package se.trygghetsdialog.support;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.RealCsrfTokenStore;
import se.trygghetsdialog.shared.ServerSecret;

/**
 * Base for browser journeys: the application on a random port, Debian Chromium headless, and
 * helpers to fill GOV.UK-style forms by field id. Every page a journey visits should be checked
 * with {@link Axe#assertAccessible(WebDriver)}.
 */
@IntegrationTest
public abstract class BrowserTestBase {

  /** Demo password of every demo account (see README). */
  protected static final String DEMO_PASSWORD = "Trygghet2026!";

  @LocalServerPort protected int port;

  @Autowired private WebApplicationContext context;
  @Autowired private ServerSecret secret;

  /** Journeys meet the application's own CSRF cookie store, whatever MockMvc tests ran before. */
  @BeforeEach
  void theApplicationsOwnCsrfTokenStore() {
    RealCsrfTokenStore.restore(context, secret);
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected void open(WebDriver driver, String path) {
    driver.get(url(path));
  }

  protected void type(WebDriver driver, String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  protected void choose(WebDriver driver, String id, String visibleText) {
    new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
  }

  /** Sets a date field (type=date) to an ISO date, independent of the browser's locale. */
  protected void date(WebDriver driver, String id, String isoDate) {
    WebElement field = driver.findElement(By.id(id));
    if ("date".equals(field.getAttribute("type"))
        && driver instanceof org.openqa.selenium.JavascriptExecutor js) {
      js.executeScript("arguments[0].value = arguments[1];", field, isoDate);
    } else {
      field.clear();
      field.sendKeys(isoDate);
    }
  }

  protected void click(WebDriver driver, By by) {
    driver.findElement(by).click();
  }

  /** Clicks the button with this text and waits until the next page has replaced this one. */
  protected void submit(WebDriver driver, String buttonText) {
    navigate(driver, By.xpath("//button[normalize-space()='" + buttonText + "']"));
  }

  /** Follows the link with this text and waits for the next page. */
  protected void follow(WebDriver driver, String linkText) {
    navigate(driver, By.linkText(linkText));
  }

  /** Clicks something that loads a new page, and waits until it has. */
  protected void navigate(WebDriver driver, By by) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(by).click();
    awaitNewPage(driver, page);
  }

  /**
   * Waits until {@code page} (the old document's root) is gone and the new document has loaded.
   * While a page is being replaced, chromedriver may answer with a protocol error ("does not belong
   * to the document") instead of "stale element"; both mean the old page is gone.
   */
  protected static void awaitNewPage(WebDriver driver, WebElement page) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d -> {
              try {
                page.isEnabled();
                return false;
              } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
              } catch (org.openqa.selenium.WebDriverException replacing) {
                return String.valueOf(replacing.getMessage())
                    .contains("does not belong to the document");
              }
            });
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d ->
                "complete"
                    .equals(
                        ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return document.readyState")));
  }

  protected String heading(WebDriver driver) {
    return driver.findElement(By.tagName("h1")).getText();
  }

  protected String mainText(WebDriver driver) {
    return driver.findElement(By.id("main-content")).getText();
  }

  protected void await(WebDriver driver, By by) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  protected void signIn(WebDriver driver, String email) {
    signOut(driver);
    open(driver, "/logga-in?lang=sv");
    type(driver, "email", email);
    type(driver, "password", DEMO_PASSWORD);
    navigate(driver, By.cssSelector("form[action='/logga-in'] button[type=submit]"));
  }

  protected void signOut(WebDriver driver) {
    open(driver, "/");
    var buttons = driver.findElements(By.cssSelector("form[action='/logga-ut'] button"));
    if (!buttons.isEmpty()) {
      navigate(driver, By.cssSelector("form[action='/logga-ut'] button"));
    }
  }
}
