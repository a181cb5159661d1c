package se.trygghetsdialog.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check itself: it finds a violation, and it skips only a page whose structure it
 * has already found clean (the same page with other wording), never one that differs.
 */
class AxeTest {

  @TempDir Path dir;

  private static final String HEAD =
      "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Sida</title>"
          + "<meta name=\"viewport\" content=\"width=device-width\"></head><body><main><h1>";

  private String page(String name, String body) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, HEAD + body + "</main></body></html>");
    return file.toUri().toString();
  }

  @Test
  void aViolationIsFoundAndOnlyTheSameStructureIsSkipped() throws Exception {
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.desktop(driver);

    driver.get(page("a.html", "Rubrik</h1><p>Första texten</p><ul><li>Ett</li></ul>"));
    int before = Axe.skipped();
    Axe.assertAccessible(driver);
    assertThat(Axe.skipped()).isEqualTo(before);

    // The same page with other wording and more rows: skipped.
    driver.get(
        page("a.html", "Annan rubrik</h1><p>Andra texten</p><ul><li>Ett</li><li>Två</li></ul>"));
    Axe.assertAccessible(driver);
    assertThat(Axe.skipped()).isEqualTo(before + 1);

    // The same path with an image without a text alternative: checked, and refused.
    driver.get(
        page(
            "a.html",
            "Rubrik</h1><p>Första texten</p><ul><li>Ett</li></ul>"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=\">"));
    assertThatThrownBy(() -> Axe.assertAccessible(driver))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("image-alt");

    // A link that lost its text is another structure too.
    driver.get(
        page("a.html", "Rubrik</h1><p>Första texten</p><ul><li><a href=\"#x\"></a></li></ul>"));
    assertThatThrownBy(() -> Axe.assertAccessible(driver))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("link-name");
  }
}
