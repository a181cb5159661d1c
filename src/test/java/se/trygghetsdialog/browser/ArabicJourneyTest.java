package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.opinion.ChooseVotingSteps;
import se.trygghetsdialog.opinion.OpinionMother;
import se.trygghetsdialog.opinion.SeedStatement;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * A resident who reads Arabic: chooses العربية by its own name (remembered, no JavaScript needed),
 * reports a place and votes on a statement at phone width with JavaScript on and off, and the page
 * is right to left: the step indicator, the radios and the vote buttons mirror. Lyssna says so when
 * the browser has no Arabic voice. Every page passes axe-core.
 */
class ArabicJourneyTest extends BrowserTestBase {

  static final String FIRST = "Det behövs mer belysning vid busstationen.";
  static final String SECOND = "الإضاءة في الحديقة ضعيفة في المساء.";

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired Dialogues dialogues;
  @Autowired ChooseVotingSteps chooseSteps;
  @Autowired SeedStatement seed;

  MunicipalityId municipality;
  Dialogue dialogue;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    dialogue =
        OpinionMother.openDialogue(
            municipality, organisations, createDialogue, dialogues, chooseSteps, "Trygg park");
    seed.seed(municipality, dialogue.id(), FIRST);
    seed.seed(municipality, dialogue.id(), SECOND);
  }

  /** The browsers are shared: the next test class starts in Swedish again. */
  @AfterEach
  void backToSwedish() {
    for (WebDriver driver : new WebDriver[] {Browsers.javaScriptOn(), Browsers.javaScriptOff()}) {
      open(driver, "/?lang=sv");
      Browsers.desktop(driver);
    }
  }

  String dir(WebDriver driver) {
    return driver.findElement(By.tagName("html")).getAttribute("dir");
  }

  @Test
  void theLanguageIsChosenByItsOwnNameWithoutJavaScriptAndRemembered() {
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.phone(driver);
    open(driver, "/?lang=sv");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
    WebElement arabic = driver.findElement(By.linkText("العربية"));
    assertThat(arabic.getAttribute("lang")).isEqualTo("ar");
    assertThat(arabic.getAttribute("dir")).isEqualTo("rtl");
    assertThat(driver.findElements(By.cssSelector(".td-lang img"))).isEmpty();
    navigate(driver, By.linkText("العربية"));
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
    assertThat(dir(driver)).isEqualTo("rtl");
    Axe.assertAccessible(driver);

    open(driver, "/dialoger");
    assertThat(heading(driver)).isEqualTo("حوارات حول الأمان");
    assertThat(driver.findElement(By.linkText("Svenska")).getAttribute("lang")).isEqualTo("sv");
    assertThat(driver.findElement(By.cssSelector(".td-emergency__text")).getText())
        .contains("112")
        .contains("114 14");
    Axe.assertAccessible(driver);

    // The fixed texts exist in Arabic.
    open(driver, "/tillganglighet");
    assertThat(heading(driver)).startsWith("إمكانية الوصول");
    Axe.assertAccessible(driver);
    open(driver, "/personuppgifter");
    assertThat(heading(driver)).isEqualTo("البيانات الشخصية");
    Axe.assertAccessible(driver);

    // A language whose translation is in progress cannot be chosen by a hand-made link.
    open(driver, "/?lang=so");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
  }

  @Test
  void aResidentReportsAPlaceInArabicWithoutJavaScriptOnAPhone() {
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.phone(driver);
    open(driver, "/rapportera?lang=ar");
    Instant opened = Instant.now();
    assertThat(dir(driver)).isEqualTo("rtl");
    assertThat(heading(driver)).isEqualTo("الإبلاغ عن مكان");
    Axe.assertAccessible(driver);
    PlaceReportJourneyTest.waitOutMinimumFillTime(opened);

    submit(driver, "أرسل البلاغ");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("توجد مشكلة")
        .contains("اختر المكان على الخريطة، أو ابحث عنه، أو اكتب خط العرض وخط الطول.");
    Axe.assertAccessible(driver);

    type(driver, "q", "Havets");
    submit(driver, "بحث");
    Axe.assertAccessible(driver);
    navigate(driver, By.partialLinkText("Havets hus"));
    Instant shown = Instant.now();
    // The Swedish place name keeps its own direction inside the Arabic sentence.
    assertThat(driver.findElement(By.id("chosen-place")).getText())
        .isEqualTo("المكان المختار: \u2068Havets hus\u2069");
    Axe.assertAccessible(driver);

    choose(driver, "categoryId", "Vegetation och sikt");
    click(driver, By.id("timeOfDay-EVENING"));
    type(driver, "description", "كتابات على الجدار عند المدخل.");
    PlaceReportJourneyTest.waitOutMinimumFillTime(shown);
    submit(driver, "أرسل البلاغ");
    assertThat(heading(driver)).isEqualTo("شكرًا لك، وصل بلاغك");
    Axe.assertAccessible(driver);

    String href = driver.findElement(By.id("private-link")).getAttribute("href");
    open(driver, href.substring(href.indexOf("/rapport/")));
    assertThat(heading(driver)).isEqualTo("بلاغك");
    assertThat(driver.findElement(By.id("report-state")).getText())
        .isEqualTo("وصل – ينتظر المراجعة");
    assertThat(driver.findElement(By.id("your-text")).getAttribute("dir")).isEqualTo("auto");
    Axe.assertAccessible(driver);
  }

  @Test
  void aResidentVotesOnAStatementInArabicWithJavaScriptOnAndOff() {
    WebDriver on = Browsers.javaScriptOn();
    Browsers.phone(on);
    open(on, "/dialoger/" + dialogue.id() + "/pastaenden?lang=ar");
    assertThat(heading(on)).isEqualTo("أبدِ رأيك في العبارات");
    assertThat(on.findElement(By.id("statement-text")).getAttribute("dir")).isEqualTo("auto");
    Axe.assertAccessible(on);
    on.findElement(By.id("vote-AGREE")).click();
    new WebDriverWait(on, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.id("vote-saved")).isEmpty());
    assertThat(on.findElement(By.id("vote-saved")).getText())
        .isEqualTo("شكرًا لك، تم حفظ صوتك. هذه هي العبارة التالية.");
    assertThat(on.findElement(By.id("vote-progress")).getText())
        .isEqualTo("أبديت رأيك في ١ من ٢ عبارات.");
    // Numbers are written the Arabic way.
    Axe.assertAccessible(on);

    WebDriver off = Browsers.javaScriptOff();
    Browsers.phone(off);
    open(off, "/dialoger/" + dialogue.id() + "/pastaenden?lang=ar");
    Axe.assertAccessible(off);
    navigate(off, By.id("vote-DISAGREE"));
    assertThat(off.findElement(By.id("vote-progress")).getText())
        .isEqualTo("أبديت رأيك في ١ من ٢ عبارات.");
    Axe.assertAccessible(off);
  }

  @Test
  void theStepIndicatorTheRadiosAndTheVoteButtonsMirrorInArabicOnAPhoneAndADesktop() {
    WebDriver driver = Browsers.javaScriptOn();
    for (boolean phone : new boolean[] {true, false}) {
      if (phone) {
        Browsers.phone(driver);
      } else {
        Browsers.desktop(driver);
      }
      // Swedish: the step's label is indented from the left edge, where the line and number are.
      open(driver, "/dialoger/" + dialogue.id() + "?lang=sv");
      assertThat(dir(driver)).isEqualTo("ltr");
      assertThat(labelInsetFromStart(driver, false)).isGreaterThan(30);
      if (!phone) {
        assertThat(firstVoteButtonIsRightOfSecond(driver)).isFalse();
      }
      assertThat(radioIsRightOfItsLabel(driver)).isFalse();

      // Arabic: the same indent, from the right edge.
      open(driver, "/dialoger/" + dialogue.id() + "?lang=ar");
      assertThat(dir(driver)).isEqualTo("rtl");
      assertThat(labelInsetFromStart(driver, true)).isGreaterThan(30);
      Axe.assertAccessible(driver);
      // On a phone the vote buttons are stacked, full width; side by side on a desktop.
      if (!phone) {
        assertThat(firstVoteButtonIsRightOfSecond(driver)).isTrue();
      }
      assertThat(radioIsRightOfItsLabel(driver)).isTrue();
      Axe.assertAccessible(driver);
    }
  }

  /** The distance from the first step's start edge (left, or right in RTL) to its label. */
  int labelInsetFromStart(WebDriver driver, boolean rightToLeft) {
    WebElement item = driver.findElement(By.cssSelector(".td-steps__item"));
    Rectangle box = item.getRect();
    Rectangle label = item.findElement(By.cssSelector(".td-steps__label")).getRect();
    return rightToLeft
        ? (box.getX() + box.getWidth()) - (label.getX() + label.getWidth())
        : label.getX() - box.getX();
  }

  boolean firstVoteButtonIsRightOfSecond(WebDriver driver) {
    String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
    open(driver, "/dialoger/" + dialogue.id() + "/pastaenden?lang=" + lang);
    int agree = driver.findElement(By.id("vote-AGREE")).getRect().getX();
    int disagree = driver.findElement(By.id("vote-DISAGREE")).getRect().getX();
    return agree > disagree;
  }

  boolean radioIsRightOfItsLabel(WebDriver driver) {
    open(driver, "/rapportera");
    WebElement radio = driver.findElement(By.id("timeOfDay-DAY"));
    WebElement label = driver.findElement(By.cssSelector("label[for='timeOfDay-DAY']"));
    return radio.getRect().getX() > label.getRect().getX() + label.getRect().getWidth() / 2;
  }

  @Test
  void listenSaysSoWhenTheBrowserHasNoArabicVoiceAndIsHiddenWithoutJavaScript() {
    WebDriver on = Browsers.javaScriptOn();
    Browsers.phone(on);
    open(on, "/dialoger?lang=ar");
    WebElement listen = on.findElement(By.cssSelector("[data-listen]"));
    assertThat(listen.isDisplayed()).isTrue();
    assertThat(listen.getText()).isEqualTo("استمع");
    ((JavascriptExecutor) on)
        .executeScript("window.speechSynthesis.getVoices = function () { return []; };");
    listen.click();
    WebElement status = on.findElement(By.cssSelector("[data-listen-status]"));
    assertThat(status.getAttribute("role")).isEqualTo("status");
    assertThat(status.getText())
        .isEqualTo("لا يوجد في هذا المتصفح صوت للغة العربية، لذلك لا يمكن قراءة الصفحة بصوت عالٍ.");
    Axe.assertAccessible(on);

    WebDriver off = Browsers.javaScriptOff();
    open(off, "/dialoger?lang=ar");
    assertThat(off.findElement(By.cssSelector("[data-listen]")).isDisplayed()).isFalse();
  }
}
