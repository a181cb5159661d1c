package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.dialogue.ChangeStep;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.dialogue.Participation;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.participation.ParticipationIntegrationTest;
import se.trygghetsdialog.participation.TestParticipationSource;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.ParticipationLadder;

/**
 * With JavaScript off: an administrator imports population statistics as CSV, the dialogue team
 * sees its participation against the population with a missing age group named, finds that the
 * dialogue cannot leave step 2 yet, records the check har vi missat någon, and moves the dialogue
 * on. Every page is checked by axe-core.
 */
class ParticipationJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired ParticipationLadder ladder;
  @Autowired CreateDialogue createDialogue;
  @Autowired FillCharter fillCharter;
  @Autowired ChangeStep changeStep;
  @Autowired Dialogues dialogues;

  @Test
  void theTeamSeesWhoIsMissingRecordsTheCheckAndMovesOn() throws Exception {
    StaffMember admin =
        StaffMother.staff(municipalities, accounts, "Ada Admin", Role.ADMINISTRATOR);
    StaffMember leader =
        StaffMother.staff(municipalities, accounts, "Pelle Processledare", Role.PROCESS_LEADER);
    var municipality = StaffMother.tenant(municipalities).id();
    DialogueId id =
        ParticipationIntegrationTest.inStepTwo(
            municipality,
            accounts.actingAs(leader),
            organisations,
            ladder,
            createDialogue,
            fillCharter,
            changeStep,
            dialogues);
    TestParticipationSource.give(
        id,
        List.of(
            new Participation(
                "participation.group.unknownArea",
                null,
                40,
                Map.of(AgeBand.UNDER_18, 8, AgeBand.FROM_30_TO_49, 12, AgeBand.FROM_65, 20),
                Map.of(Gender.WOMAN, 22, Gender.MAN, 18))));
    String code = StaffMother.tenant(municipalities).code();
    StringBuilder csv = new StringBuilder("region;ålder;kön;år;antal\n");
    for (String age : new String[] {"0-17", "18-29", "30-49", "50-64", "65+"}) {
      csv.append(code).append(' ').append("Kommunen;").append(age).append(";män;2024;1200\n");
      csv.append(code).append(' ').append("Kommunen;").append(age).append(";kvinnor;2024;1180\n");
    }
    Path file = Files.createTempFile("folkmangd", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    try {
      signIn(driver, admin.email());
      open(driver, "/personal/admin?lang=sv");
      follow(driver, "Befolkningsstatistik");
      Axe.assertAccessible(driver);
      driver.findElement(By.id("file")).sendKeys(file.toString());
      submit(driver, "Läs in filen");
      assertThat(mainText(driver)).contains("Befolkningsstatistiken är inläst");
      assertThat(driver.findElement(By.id("population-figures")).getText()).contains("11900");
      Axe.assertAccessible(driver);

      signIn(driver, leader.email());
      open(driver, "/personal/dialoger/" + id.value() + "?lang=sv");
      type(driver, "feedback", "Nu samlar vi perspektiv i dialoggrupper.");
      submit(driver, "Publicera återkopplingen och gå till nästa steg");
      assertThat(mainText(driver)).contains("Har vi missat någon?");
      Axe.assertAccessible(driver);

      open(driver, "/personal/dialoger/" + id.value() + "/deltagande?lang=sv");
      assertThat(heading(driver)).isEqualTo("Deltagande och representativitet");
      assertThat(driver.findElement(By.id("missing-groups")).getText())
          .contains("18–29 år: ingen nådd")
          .contains("50–64 år: ingen nådd");
      assertThat(driver.findElement(By.id("representativeness")).getText()).startsWith("0,00");
      Axe.assertAccessible(driver);
      type(
          driver,
          "findings",
          "Vi har nått barn, medelålders och äldre, men ingen mellan 18 och 29.");
      type(driver, "missingGroups", "18–29 år och 50–64 år.");
      type(
          driver,
          "actions",
          "Vi besöker folkhögskolan och arbetsplatser i hamnen under två veckor.");
      submit(driver, "Spara kontrollen");
      assertThat(mainText(driver))
          .contains("Kontrollen Har vi missat någon? är sparad")
          .contains("Pelle Processledare");
      Axe.assertAccessible(driver);

      open(driver, "/personal/dialoger/" + id.value() + "?lang=sv");
      type(driver, "feedback", "Nu samlar vi perspektiv i dialoggrupper.");
      submit(driver, "Publicera återkopplingen och gå till nästa steg");
      assertThat(mainText(driver)).contains("Nuvarande steg: 3.");
      Axe.assertAccessible(driver);
    } finally {
      driver.manage().deleteAllCookies();
      Files.deleteIfExists(file);
    }
  }
}
