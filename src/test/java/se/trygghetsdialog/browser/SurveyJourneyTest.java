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
 * a second resident with JavaScript (the map is shown). Every page passes axe-core.
 */
class SurveyJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Surveys surveys;

  @Test
  void staffBuildASurveyAndResidentsAnswerWithAndWithoutJavaScript() {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    String title = "Trygghetsmätning " + UUID.randomUUID().toString().substring(0, 8);
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

    // A second resident with JavaScript: the same pages, the map shown on the map question.
    WebDriver withScripts = Browsers.javaScriptOn();
    Browsers.phone(withScripts);
    open(withScripts, "/enkater/" + roundId + "?lang=sv");
    submit(withScripts, "Börja svara");
    click(withScripts, By.id("q-" + ntu.id() + "-mycket-trygg"));
    submit(withScripts, "Nästa sida");
    assertThat(mainText(withScripts)).doesNotContain("Vad gör dig otrygg");
    submit(withScripts, "Nästa sida");
    assertThat(withScripts.findElement(By.id("place-map")).isDisplayed()).isTrue();
    Axe.assertAccessible(withScripts);
    submit(withScripts, "Nästa sida");
    submit(withScripts, "Skicka svaren");
    assertThat(heading(withScripts)).isEqualTo("Tack för dina svar");

    assertThat(surveys.responses(m, UUID.fromString(roundId))).isEqualTo(3);
  }

  private Question asked(MunicipalityId m, Survey survey, String code) {
    return surveys.asked(m, survey.id()).stream()
        .filter(q -> q.code().equals(code))
        .findFirst()
        .orElseThrow();
  }
}
