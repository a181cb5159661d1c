package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
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
 * An auditor opens the audit log from the staff start page, narrows it with the filter form and
 * pages through it, with JavaScript on and off; every page passes axe-core.
 */
class AuditLogJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void anAuditorFiltersTheLogWithAndWithoutJavaScript() {
    StaffMember auditor =
        StaffMother.staff(municipalities, accounts, "Greta Granskare", Role.AUDITOR);
    jdbc.sql(
            "INSERT INTO audit_event (id, municipality_id, action, subject)"
                + " VALUES (:id, :m, 'records.log-exported', 'audit_event')")
        .param("id", UUID.randomUUID())
        .param("m", StaffMother.tenant(municipalities).id().value())
        .update();
    for (WebDriver driver : new WebDriver[] {Browsers.javaScriptOn(), Browsers.javaScriptOff()}) {
      Browsers.desktop(driver);
      signIn(driver, auditor.email());
      open(driver, "/personal?lang=sv");
      follow(driver, "Händelselogg");
      assertThat(heading(driver)).isEqualTo("Händelselogg");
      Axe.assertAccessible(driver);

      choose(driver, "handelse", "Händelseloggen exporterades");
      submit(driver, "Visa");
      assertThat(driver.getCurrentUrl()).contains("handelse=records.log-exported");
      assertThat(driver.findElement(By.id("handelse")).getAttribute("value"))
          .isEqualTo("records.log-exported");
      Axe.assertAccessible(driver);

      date(driver, "fran", "2000-01-01");
      date(driver, "till", "2000-01-02");
      submit(driver, "Visa");
      assertThat(mainText(driver)).contains("Inga händelser stämmer med urvalet.");
      Axe.assertAccessible(driver);
      signOut(driver);
    }
  }
}
