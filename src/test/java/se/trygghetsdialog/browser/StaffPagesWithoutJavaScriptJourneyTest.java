package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;

/**
 * Every staff page under {@code /personal}, on the Lysekil demo data, signed in with the demo
 * account of the role that uses it, loaded with JavaScript switched off and checked by axe-core.
 * One test per role visits all of that role's pages and names every page that fails.
 */
class StaffPagesWithoutJavaScriptJourneyTest extends BrowserTestBase {

  /** Headings of the error page (shared.properties, error.*.title). */
  private static final Set<String> ERROR_HEADINGS =
      Set.of(
          "Något i förfrågan var fel",
          "Du har inte behörighet",
          "Sidan finns inte",
          "Något gick fel hos oss",
          "Logga in som personal");

  @Autowired JdbcClient jdbc;

  /** The first (demo) row of a table in the default municipality, as text. */
  private String first(String sql) {
    return jdbc.sql(sql).query(String.class).list().stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("No demo data for: " + sql));
  }

  /** Every value the query returns, as text. */
  private List<String> all(String sql) {
    List<String> values = jdbc.sql(sql).query(String.class).list();
    assertThat(values).as("demo data for: %s", sql).isNotEmpty();
    return values;
  }

  private static String demo(String who) {
    return who + "@lysekil.example";
  }

  /** Visits each page without JavaScript and collects what is wrong with it. */
  private void checkPages(String account, List<String> paths) {
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    signIn(driver, demo(account));
    List<String> problems = new ArrayList<>();
    for (String path : paths) {
      open(driver, path + (path.contains("?") ? "&" : "?") + "lang=sv");
      assertThat(driver.findElement(By.tagName("body")).getAttribute("class"))
          .doesNotContain("js-enabled");
      List<String> headings =
          driver.findElements(By.tagName("h1")).stream().map(h -> h.getText().trim()).toList();
      if (headings.isEmpty() || ERROR_HEADINGS.contains(headings.get(0))) {
        problems.add(path + " did not show the page: " + headings);
        continue;
      }
      List<String> violations = Axe.violations(driver);
      if (!violations.isEmpty()) {
        problems.add(path + " has axe-core violations: " + violations);
      }
    }
    signOut(driver);
    assertThat(problems).as("staff pages of %s without JavaScript", account).isEmpty();
  }

  @Nested
  class TheAdministrator {

    @Test
    void everyAdministrationAndModerationPageIsAccessibleWithoutJavaScript() {
      String admin =
          first("select account_id::text from staff_account where email = 'admin@lysekil.example'");
      String placeReport = first("select report_id::text from place_report order by reported_at");
      checkPages(
          "admin",
          List.of(
              "/personal",
              "/personal/admin",
              "/personal/admin/anvandare",
              "/personal/admin/anvandare/bjud-in",
              "/personal/admin/anvandare/" + admin,
              "/personal/admin/logg",
              "/personal/admin/tillganglighet",
              "/personal/admin/ortnamn",
              "/personal/admin/kategorier",
              "/personal/admin/kategorier/routning",
              "/personal/admin/kategorier/omraden",
              "/personal/admin/karta",
              "/personal/arbetslista",
              "/personal/platsrapporter/" + placeReport));
    }
  }

  @Nested
  class TheModerator {

    @Test
    void everyModerationPageIsAccessibleWithoutJavaScript() {
      String report = first("select report_id::text from weekly_report order by updated_at");
      List<String> pages =
          new ArrayList<>(
              List.of(
                  "/personal",
                  "/personal/moderering",
                  "/personal/veckorapporter",
                  "/personal/veckorapporter/" + report));
      // The first item of each kind of content (place report, statement, walk registration…).
      all("select distinct on (content_type) item_id::text from moderation_item"
              + " order by content_type, submitted_at")
          .forEach(item -> pages.add("/personal/moderering/" + item));
      checkPages("moderator", pages);
    }
  }

  @Nested
  class TheProcessLeader {

    @Test
    void everyDialogueMeasureAndStatementPageIsAccessibleWithoutJavaScript() {
      String dialogue = first("select dialogue_id::text from dialogue order by created_at");
      String measure = first("select measure_id::text from measure order by created_at");
      checkPages(
          "processledare",
          List.of(
              "/personal",
              "/personal/dialoger",
              "/personal/dialoger/ny",
              "/personal/dialoger/" + dialogue,
              "/personal/dialoger/" + dialogue + "/stadga",
              "/personal/dialoger/" + dialogue + "/tidsplan",
              "/personal/dialoger/" + dialogue + "/team",
              "/personal/pastaenden",
              "/personal/dialoger/" + dialogue + "/pastaenden",
              "/personal/kampanjer",
              "/personal/atgarder",
              "/personal/atgarder/ny",
              "/personal/atgarder/" + measure,
              "/personal/atgarder/" + measure + "/beslut",
              "/personal/trygghetsvandringar"));
    }
  }

  @Nested
  class TheSafetyCoordinator {

    @Test
    void everyLagesbildWalkEstAndFieldPageIsAccessibleWithoutJavaScript() {
      List<String> walks = all("select walk_id::text from walk order by created_at limit 2");
      String fieldReport = first("select report_id::text from field_report order by filed_at");
      String rumour = first("select rumour_id::text from rumour order by recorded_at");
      String week = first("select iso_year || '/' || iso_week from est_week order by started_at");
      List<String> pages =
          new ArrayList<>(
              List.of(
                  "/personal",
                  "/personal/lagesbild",
                  "/personal/lagesbild/import",
                  "/personal/svarsuppgifter",
                  "/personal/atgarder/atgardsplan",
                  "/personal/atgarder/medborgarloften",
                  "/personal/atgarder/medborgarloften/ny",
                  "/personal/est",
                  "/personal/est/" + week,
                  "/personal/est/" + week + "/veckorapport",
                  "/personal/trygghetsvandringar",
                  "/personal/trygghetsvandringar/ny",
                  "/personal/rykten",
                  "/personal/rykten/ny",
                  "/personal/rykten/" + rumour,
                  "/personal/faltrapporter",
                  "/personal/faltrapporter/ny",
                  "/personal/faltrapporter/" + fieldReport,
                  "/personal/faltrapporter/" + fieldReport + "/kvitto"));
      // The completed demo walk with its sent protocol, and the planned follow-up walk.
      for (String walk : walks) {
        pages.add("/personal/trygghetsvandringar/" + walk);
        pages.add("/personal/trygghetsvandringar/" + walk + "/protokoll");
      }
      checkPages("trygghetssamordnare", pages);
    }
  }

  @Nested
  class APartnerOrganisation {

    @Test
    void theWorklistIsAccessibleWithoutJavaScript() {
      checkPages("partner", List.of("/personal", "/personal/arbetslista"));
    }
  }

  @Nested
  class AnElectedOfficialAndARegistrar {

    @Test
    void theirPagesAreAccessibleWithoutJavaScript() {
      String measure = first("select measure_id::text from measure order by created_at");
      checkPages(
          "fortroendevald", List.of("/personal", "/personal/atgarder", "/personal/lagesbild"));
      checkPages("registrator", List.of("/personal", "/personal/atgarder/" + measure + "/beslut"));
    }
  }
}
