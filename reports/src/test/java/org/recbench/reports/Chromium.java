package org.recbench.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium for the browser tests, offline (both binaries given explicitly, no
 * Selenium Manager download); shared with the app's tests through this module's test jar.
 */
public final class Chromium {

  /** The browser. */
  public static final Path BROWSER = Path.of("/usr/bin/chromium");
  /** Its driver. */
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  /** Silences the warning about a Chromium newer than Selenium's CDP bindings (kept referenced). */
  private static final Logger CDP_VERSION_LOGGER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private Chromium() {}

  /** Whether both binaries are installed (tests are skipped otherwise). */
  public static boolean available() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  /** A headless browser with a 1280 × 1600 window that keeps the console log. */
  public static ChromeDriver start() {
    CDP_VERSION_LOGGER.setLevel(Level.OFF);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1280,1600", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-domain-reliability", "--metrics-recording-only",
        "--disable-client-side-phishing-detection");
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
