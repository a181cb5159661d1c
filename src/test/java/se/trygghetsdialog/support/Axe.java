package se.trygghetsdialog.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core (npm {@code axe-core}, installed by {@code npm ci}) in the current page and fails
 * on any WCAG 2.0/2.1 A or AA violation. Also checks best-practice rules and WCAG 2.2 AA, that the
 * page reflows to a phone (the document is no wider than a 390 px viewport; WCAG 1.4.10), and that
 * nothing the page requested failed (no 404 for a font, image, stylesheet or script).
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

  /** Width of the phone viewport every page must fit into without scrolling sideways. */
  public static final int PHONE_WIDTH = 390;

  /**
   * The violations axe-core reports for the page, as "rule: target" lines, plus a line when the
   * page is wider than a phone and one per request of the page that failed.
   */
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

  private static List<String> run(WebDriver driver) {
    List<String> violations = new ArrayList<>(axe(driver));
    violations.addAll(failedRequests(driver));
    overflowAtPhoneWidth(driver).ifPresent(violations::add);
    return violations;
  }

  /**
   * Lays the page out in a viewport {@link #PHONE_WIDTH} px wide (DevTools device metrics, so the
   * window itself keeps its size) and reports when the document is wider than that, naming the
   * widest elements that stick out.
   */
  @SuppressWarnings("unchecked")
  static java.util.Optional<String> overflowAtPhoneWidth(WebDriver driver) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    try {
      Map<String, Object> result =
          (Map<String, Object>)
              chrome.executeScript(
                  "var w = document.documentElement.scrollWidth, limit = arguments[0] + 1, out = [];"
                      + "function clipped(e) { for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {"
                      + "  if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; }"
                      + "if (w > limit - 1) { document.querySelectorAll('body *').forEach(function (e) {"
                      + "  var r = e.getBoundingClientRect(), p = e.parentElement.getBoundingClientRect();"
                      + "  if (r.right > limit && p.right <= limit && out.length < 5 && !clipped(e)) {"
                      + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                      + "      + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                      + "      + ' (' + Math.round(r.width) + ' px)');"
                      + "  } }); }"
                      + "return {width: w, out: out};",
                  PHONE_WIDTH);
      long width = ((Number) result.get("width")).longValue();
      if (width <= PHONE_WIDTH) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(
          "reflow: the document is "
              + width
              + " px wide in a "
              + PHONE_WIDTH
              + " px viewport; sticking out: "
              + result.get("out"));
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /**
   * Every resource the page loaded (stylesheets, fonts, images, scripts) that answered 4xx/5xx.
   * Requests the page's own scripts make (fetch, htmx) are left out: their answers are the page's
   * business, e.g. a queued walk point the server refuses.
   */
  @SuppressWarnings("unchecked")
  static List<String> failedRequests(WebDriver driver) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return performance.getEntriesByType('resource')"
                    + ".filter(function (e) { return e.responseStatus >= 400"
                    + "  && ['fetch', 'xmlhttprequest', 'beacon'].indexOf(e.initiatorType) < 0; })"
                    + ".map(function (e) { return 'request failed: ' + e.responseStatus + ' ' + e.name; });");
  }

  @SuppressWarnings("unchecked")
  private static List<String> axe(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (Boolean.FALSE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
      js.executeScript(source());
    }
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']}})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');"
                + "})); }).catch(function (e) { done(['axe failed: ' + e]); });");
    return (List<String>) result;
  }

  /**
   * Asserts that the page has no accessibility violations. A page whose structure is the same as
   * one already found clean in this test run is not checked again: same path (ids aside), viewport
   * width and JavaScript state, and the same set of element shapes — tag, classes, parent, the
   * attributes axe-core reads (with the values of role, type, lang, dir, style, autocomplete and
   * the aria attributes), and whether a link, button, label, heading or cell has text — and the
   * same number of repeated ids. Such a page differs from the checked one only in how many rows it
   * lists and in their wording. Journeys revisit many pages in this way. The figures are printed
   * when the run ends.
   */
  public static void assertAccessible(WebDriver driver) {
    long started = System.nanoTime();
    String markup = markup(driver);
    if (markup != null && CLEAN_PAGES.contains(markup)) {
      STATS.skipped.incrementAndGet();
      return;
    }
    List<String> violations = violations(driver);
    STATS.checked.incrementAndGet();
    STATS.nanos.addAndGet(System.nanoTime() - started);
    assertThat(violations).as("axe-core violations on %s", driver.getCurrentUrl()).isEmpty();
    if (markup != null) {
      CLEAN_PAGES.add(markup);
    }
  }

  /** Digests of the markup of pages found clean in this run. */
  private static final java.util.Set<String> CLEAN_PAGES =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private static final Stats STATS = new Stats();

  /** How many pages were skipped as already checked so far in this run. */
  static int skipped() {
    return STATS.skipped.get();
  }

  /** How many pages were checked, how many skipped as seen before, and the time spent checking. */
  private static final class Stats {
    final java.util.concurrent.atomic.AtomicInteger checked =
        new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger skipped =
        new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicLong nanos =
        new java.util.concurrent.atomic.AtomicLong();

    Stats() {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () ->
                      System.err.printf(
                          "Axe: %d pages checked in %.1f s, %d skipped as already checked%n",
                          checked.get(), nanos.get() / 1e9, skipped.get())));
    }
  }

  /** The script that describes the page's structure (see {@link #assertAccessible}). */
  private static final String STRUCTURE =
      "var shapes = new Set(), ids = {}, repeated = 0;"
          + "var valued = /^(role|type|lang|dir|style|autocomplete|scope|colspan|rowspan|tabindex|aria-.*)$/;"
          + "var named = /^(id|for|href|alt|title|name|value|hidden|disabled|open|headers|src)$/;"
          + "var texts = /^(A|BUTTON|LABEL|TH|TD|H[1-6]|LEGEND|SUMMARY|CAPTION|OPTION|TITLE|DT|DD)$/;"
          + "document.querySelectorAll('*').forEach(function (e) {"
          + "  var s = e.tagName + '<' + (e.parentElement ? e.parentElement.tagName : '');"
          + "  if (typeof e.className === 'string' && e.className.trim())"
          + "    s += '.' + e.className.trim().split(/\\s+/).sort().join('.');"
          + "  for (var i = 0; i < e.attributes.length; i++) { var a = e.attributes[i];"
          + "    if (valued.test(a.name)) s += '[' + a.name + '=' + a.value.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|[0-9]+/g, '0') + ']';"
          + "    else if (named.test(a.name)) s += '[' + a.name + (a.value === '' ? '=]' : ']'); }"
          + "  if (texts.test(e.tagName)) s += e.textContent.trim() === '' ? '(empty)' : '(text)';"
          + "  if (e.id) { if (ids[e.id]) repeated++; ids[e.id] = 1; }"
          + "  shapes.add(s); });"
          + "return location.pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|[0-9]+/g, '0') + '|' + innerWidth"
          + "  + '|' + repeated + '|' + Array.from(shapes).sort().join('\\n');";

  /**
   * A digest of the page's structure with the JavaScript state, or null when the page cannot be
   * read.
   */
  private static String markup(WebDriver driver) {
    boolean scriptsOff = Browsers.isJavaScriptOff(driver);
    try {
      if (scriptsOff) {
        Browsers.scriptsDisabled(driver, false);
      }
      Object structure = ((JavascriptExecutor) driver).executeScript(STRUCTURE);
      if (!(structure instanceof String text)) {
        return null;
      }
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest((scriptsOff + "|" + text).getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException | RuntimeException unreadable) {
      return null;
    } finally {
      if (scriptsOff) {
        Browsers.scriptsDisabled(driver, true);
      }
    }
  }
}
