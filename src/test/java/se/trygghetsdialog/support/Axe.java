package se.trygghetsdialog.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (npm {@code axe-core}, installed by {@code npm ci}) in the current page and fails
 * on any WCAG 2.0/2.1 A or AA violation. Also checks best-practice rules and WCAG 2.2 AA.
 */
public final class Axe {

  private static String source;

  private Axe() {}

  private static synchronized String source() {
    if (source == null) {
      Path path = Path.of("node_modules/axe-core/axe.min.js");
      if (!Files.exists(path)) {
        throw new IllegalStateException("axe-core is missing: run `npm ci` (bin/test does)");
      }
      try {
        source = Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }

  /** The violations axe-core reports for the page, as "rule: target" lines. */
  public static List<String> violations(WebDriver driver) {
    if (!Browsers.isJavaScriptOff(driver)) {
      return run(driver);
    }
    Browsers.scriptsDisabled(driver, false);
    try {
      return run(driver);
    } finally {
      Browsers.scriptsDisabled(driver, true);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> run(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (Boolean.FALSE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
      js.executeScript(source());
    }
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']}})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');"
                + "})); }).catch(function (e) { done(['axe failed: ' + e]); });");
    return (List<String>) result;
  }

  /** Asserts that the page has no accessibility violations. */
  public static void assertAccessible(WebDriver driver) {
    assertThat(violations(driver))
        .as("axe-core violations on %s", driver.getCurrentUrl())
        .isEmpty();
  }
}
