package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.survey.Question;
import se.trygghetsdialog.survey.Survey;
import se.trygghetsdialog.survey.Surveys;
import se.trygghetsdialog.survey.results.SurveyResultsSource;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A process leader builds a survey with a conditional question and the bank's map question, opens a
 * round with codes and enters a paper answer; a resident answers on a phone without JavaScript (the
 * conditional question appears after the answer it depends on, the place is given without the map),
 * a second resident with JavaScript (the map is shown). The headline item is translated into
 * English: residents answering in English, with and without JavaScript, see it in English and the
 * untranslated items in Swedish, marked as such. Every page passes axe-core.
 */
class SurveyJourneyTest extends BrowserTestBase {

  static final String NTU_EN =
      "How safe or unsafe do you feel when you go out alone late in the evening in your own area?";

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Surveys surveys;

  @Test
  void staffBuildASurveyAndResidentsAnswerWithAndWithoutJavaScript() {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    String title = "Trygghetsmätning " + StaffMother.uniqueWord();
    StaffMember leader =
        StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);

    signIn(driver, leader.email());
    open(driver, "/personal/enkater?lang=sv");
    assertThat(heading(driver)).isEqualTo("Trygghetsmätningar");
    Axe.assertAccessible(driver);
    type(driver, "title", title);
    submit(driver, "Skapa enkät");
    assertThat(heading(driver)).isEqualTo(title);
    Axe.assertAccessible(driver);

    Survey survey =
        surveys.all(m).stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    Question ntu = asked(m, survey, SurveyResultsSource.NTU_CODE);
    choose(driver, "kind", "Fritext");
    type(driver, "text", "Vad gör dig otrygg på kvällen?");
    type(driver, "page", "2");
    choose(driver, "conditionCode", ntu.text() + " (" + ntu.code() + ")");
    type(driver, "conditionValue", "mycket-otrygg");
    submit(driver, "Lägg till frågan");
    assertThat(mainText(driver)).contains("Frågan är tillagd.", "Visas om ntu-trygghet-kvall");

    // The headline item is translated into English; the worry item on the same page is not.
    navigate(driver, By.cssSelector("a[href$='/fragor/" + ntu.id() + "/oversattning']"));
    assertThat(heading(driver)).isEqualTo("Översätt frågan");
    Axe.assertAccessible(driver);
    type(driver, "text-en", NTU_EN);
    type(driver, "option-en-mycket-trygg", "Very safe");
    type(driver, "option-en-ganska-trygg", "Fairly safe");
    type(driver, "option-en-ganska-otrygg", "Fairly unsafe");
    type(driver, "option-en-mycket-otrygg", "Very unsafe");
    type(driver, "option-en-gar-ej-ut-oro", "I do not go out in the evening for fear of crime");
    type(driver, "option-en-gar-ej-ut-annat", "I do not go out in the evening for other reasons");
    submit(driver, "Spara översättningarna");
    assertThat(mainText(driver)).contains("Översättningarna är sparade.");
    assertThat(asked(m, survey, SurveyResultsSource.NTU_CODE).id()).isEqualTo(ntu.id());
    Question worry = asked(m, survey, "oro-brott");

    LocalDate today = LocalDate.now(Ui.ZONE);
    type(driver, "title", "Hösten");
    date(driver, "opens", today.toString());
    date(driver, "closes", today.plusDays(14).toString());
    submit(driver, "Skapa omgång");
    assertThat(heading(driver)).isEqualTo("Hösten");
    Axe.assertAccessible(driver);
    String roundPath = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
    String roundId = roundPath.substring(roundPath.lastIndexOf('/') + 1);
    type(driver, "count", "5");
    submit(driver, "Skapa koder");
    assertThat(mainText(driver)).contains("5 koder, 0 använda");

    follow(driver, "Registrera pappersenkät");
    Axe.assertAccessible(driver);
    click(driver, By.id("q-" + ntu.id() + "-ganska-trygg"));
    submit(driver, "Spara svaret");
    assertThat(mainText(driver)).contains("Pappersenkäten är registrerad.");
    signOut(driver);

    // A resident on a phone without JavaScript.
    Browsers.phone(driver);
    open(driver, "/enkater/" + roundId + "?lang=sv");
    assertThat(heading(driver)).isEqualTo(title);
    Axe.assertAccessible(driver);
    submit(driver, "Börja svara");
    assertThat(mainText(driver)).contains(ntu.text()).doesNotContain("Vad gör dig otrygg");
    Axe.assertAccessible(driver);
    click(driver, By.id("q-" + ntu.id() + "-mycket-otrygg"));
    submit(driver, "Nästa sida");
    assertThat(mainText(driver)).contains("Vad gör dig otrygg på kvällen?");
    Axe.assertAccessible(driver);
    Question condition = asked(m, survey, "plats-otrygg");
    submit(driver, "Nästa sida");
    assertThat(mainText(driver)).contains(condition.text());
    assertThat(driver.findElement(By.id("place-map")).isDisplayed()).isFalse();
    click(driver, By.cssSelector("details summary"));
    type(driver, "latitude", "58,2746");
    type(driver, "longitude", "11,4352");
    submit(driver, "Spara och fortsätt senare");
    assertThat(heading(driver)).isEqualTo("Dina svar är sparade");
    Axe.assertAccessible(driver);
    navigate(driver, By.id("resume-link"));
    assertThat(driver.findElement(By.id("latitude")).getAttribute("value")).isEqualTo("58.27460");
    submit(driver, "Nästa sida");
    Axe.assertAccessible(driver);
    submit(driver, "Skicka svaren");
    assertThat(heading(driver)).isEqualTo("Tack för dina svar");
    Axe.assertAccessible(driver);

    // A resident in English without JavaScript: the translated question in English, the
    // untranslated one in Swedish, marked as such.
    open(driver, "/enkater/" + roundId + "?lang=en");
    submit(driver, "Start answering");
    assertThat(mainText(driver)).contains(NTU_EN, "Very safe", worry.text(), "Only in Swedish.");
    assertThat(mainText(driver)).doesNotContain(ntu.text());
    assertThat(driver.findElement(By.id("q-" + worry.id() + "-sv")).getText())
        .isEqualTo("Only in Swedish.");
    assertThat(
            driver
                .findElement(
                    By.xpath("//span[@lang='sv'][normalize-space()='" + worry.text() + "']"))
                .isDisplayed())
        .isTrue();
    assertThat(driver.findElements(By.id("q-" + ntu.id() + "-sv"))).isEmpty();
    Axe.assertAccessible(driver);
    click(driver, By.id("q-" + ntu.id() + "-mycket-trygg"));
    submit(driver, "Next page");
    submit(driver, "Next page");
    submit(driver, "Next page");
    submit(driver, "Send the answers");
    assertThat(heading(driver)).isEqualTo("Thank you for your answers");

    // A second resident with JavaScript: the same pages, the map shown on the map question.
    WebDriver withScripts = Browsers.javaScriptOn();
    Browsers.phone(withScripts);
    // In English too: the same marks with JavaScript.
    open(withScripts, "/enkater/" + roundId + "?lang=en");
    submit(withScripts, "Start answering");
    assertThat(mainText(withScripts)).contains(NTU_EN, "Only in Swedish.");
    Axe.assertAccessible(withScripts);
    click(withScripts, By.id("q-" + ntu.id() + "-mycket-trygg"));
    submit(withScripts, "Next page");
    assertThat(mainText(withScripts)).doesNotContain("Vad gör dig otrygg");
    submit(withScripts, "Next page");
    assertThat(withScripts.findElement(By.id("place-map")).isDisplayed()).isTrue();
    Axe.assertAccessible(withScripts);
    submit(withScripts, "Next page");
    submit(withScripts, "Send the answers");
    assertThat(heading(withScripts)).isEqualTo("Thank you for your answers");

    assertThat(surveys.responses(m, UUID.fromString(roundId))).isEqualTo(4);
  }

  private Question asked(MunicipalityId m, Survey survey, String code) {
    return surveys.asked(m, survey.id()).stream()
        .filter(q -> q.code().equals(code))
        .findFirst()
        .orElseThrow();
  }
}
