package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.survey.results.SurveyResponsesMother;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Response;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Round;
import se.trygghetsdialog.survey.results.TestSurveyResultsSource;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * On a phone with JavaScript off: a process leader reads a closed round's results (the indicator
 * with its interval, the tables per area with a small area suppressed, the charts inside their
 * tables, the trend across rounds), then a resident reads the public summary; an empty round shows
 * its empty state. Every page is checked by axe-core at 390 px.
 */
class SurveyResultsJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;

  @Test
  void staffAndResidentsReadTheResultsOnAPhone() {
    StaffMember leader =
        StaffMother.staff(municipalities, accounts, "Petra Processledare", Role.PROCESS_LEADER);
    var municipality = StaffMother.tenant(municipalities).id();
    var ntu = SurveyResponsesMother.ntu();
    var likert = SurveyResponsesMother.likert("nedskrapning");
    var round =
        new Round(
            UUID.randomUUID(),
            "Trygghetsmätningen 2025",
            LocalDate.of(2025, 9, 1),
            LocalDate.of(2025, 9, 30),
            List.of(ntu, likert, SurveyResponsesMother.number()));
    List<Response> responses = new ArrayList<>(SurveyResponsesMother.random(round, 300, 7));
    for (int i = 0; i < 3; i++) {
      responses.add(
          new Response(
              "Liten ö",
              AgeBand.FROM_65,
              Gender.MAN,
              "paper",
              Map.of(ntu.id(), List.of("mycket-otrygg"))));
    }
    UUID survey = UUID.randomUUID();
    TestSurveyResultsSource.give(municipality, survey, round, responses);
    var empty =
        new Round(
            UUID.randomUUID(),
            "Trygghetsmätningen 2026",
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 9, 30),
            List.of(ntu));
    TestSurveyResultsSource.give(municipality, survey, empty, List.of());

    WebDriver driver = Browsers.javaScriptOff();
    Browsers.phone(driver);
    try {
      signIn(driver, leader.email());
      open(driver, "/personal/enkater/" + survey + "/omgangar/" + round.id() + "/resultat?lang=sv");
      assertThat(heading(driver)).isEqualTo("Resultat");
      assertThat(driver.findElement(By.id("indikator")).getText())
          .contains("Andel otrygga")
          .contains("95 % konfidensintervall");
      assertThat(mainText(driver)).contains("Trygghetsmätningen 2025").contains("Ladda ned");
      assertThat(
              driver.findElement(By.id("tabell-" + ntu.id() + "-area")).getAttribute("textContent"))
          .contains("Liten ö")
          .contains("< 5");
      assertThat(driver.findElement(By.id("tabell-trend-1")).getAttribute("textContent"))
          .contains("Trygghetsmätningen 2025");
      Axe.assertAccessible(driver);

      open(driver, "/personal/enkater/" + survey + "/omgangar/" + empty.id() + "/resultat?lang=sv");
      assertThat(driver.findElement(By.id("inga-svar")).getText()).contains("inga svar");
      Axe.assertAccessible(driver);

      signOut(driver);
      open(driver, "/enkater/" + round.id() + "/resultat?lang=sv");
      assertThat(driver.findElement(By.id("indikator")).getText()).contains("Andel otrygga");
      assertThat(mainText(driver)).doesNotContain("Ladda ned");
      Axe.assertAccessible(driver);
    } finally {
      Browsers.desktop(driver);
      driver.manage().deleteAllCookies();
    }
  }
}
