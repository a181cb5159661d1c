package se.trygghetsdialog.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (Selenium Manager never downloads
 * anything). One browser with JavaScript and one without are shared by the whole test JVM.
 */
public final class Browsers {

  private static WebDriver withJavaScript;
  private static WebDriver withoutJavaScript;

  private Browsers() {}

  public static synchronized WebDriver javaScriptOn() {
    if (withJavaScript == null) {
      withJavaScript = start();
    }
    return withJavaScript;
  }

  /**
   * A browser whose pages run no JavaScript: script execution is switched off through the DevTools
   * protocol, so pages load exactly as the server sent them. {@link Axe} switches it on for the
   * moment it runs its checks on the already-loaded page, which does not run the page's scripts.
   */
  public static synchronized WebDriver javaScriptOff() {
    if (withoutJavaScript == null) {
      withoutJavaScript = start();
      scriptsDisabled(withoutJavaScript, true);
    }
    return withoutJavaScript;
  }

  static boolean isJavaScriptOff(WebDriver driver) {
    return driver == withoutJavaScript;
  }

  static void scriptsDisabled(WebDriver driver, boolean disabled) {
    ((ChromeDriver) driver)
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", disabled));
  }

  /** A phone-sized or desktop-sized window for the next steps. */
  public static void phone(WebDriver driver) {
    driver.manage().window().setSize(new Dimension(390, 844));
  }

  public static void desktop(WebDriver driver) {
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  private static WebDriver start() {
    File chromium = new File("/usr/bin/chromium");
    File chromedriver = new File("/usr/bin/chromedriver");
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver; run bin/test, which installs them");
    }
    File profile;
    try {
      profile = Files.createTempDirectory("td-chromium").toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--lang=sv-SE",
        // Headless Chromium takes its Accept-Language from here (it ignores --lang): Swedish, so a
        // first visit answers in Swedish as it does for a Swedish resident.
        "--accept-lang=sv-SE,sv",
        "--user-data-dir=" + profile.getAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
    return driver;
  }
}
