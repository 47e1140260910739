package org.newsgraph.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through Debian's chromedriver, for browser tests. Nothing is
 * downloaded: the driver path is set, so Selenium Manager never runs; without the driver the test
 * is skipped (CI installs it: .ci/run).
 */
public final class Browser implements AutoCloseable {
  /** Debian's chromium-driver. */
  public static final Path DRIVER = Paths.get("/usr/bin/chromedriver");

  /** Debian's chromium. */
  public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

  /** Where screenshots go. */
  public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private final ChromeDriver driver;
  private final Path profile;
  private final String base;

  private Browser(ChromeDriver driver, Path profile, String base) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
  }

  /** Skips the calling test when chromium or chromedriver is missing. */
  public static void assumeAvailable() {
    assumeTrue(Files.isExecutable(DRIVER), "no " + DRIVER + " (apt-get install chromium-driver)");
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " (apt-get install chromium)");
  }

  /**
   * A headless browser on a fresh profile for pages under {@code base}; skips the test when
   * chromium or chromedriver is missing.
   */
  public static Browser open(String base) {
    assumeAvailable();
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    try {
      Path profile = Files.createTempDirectory("newsgraph-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          "--disable-sync",
          "--window-size=1400,1000",
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(1400, 1000));
      return new Browser(driver, profile, base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The driver, for what this class does not wrap. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a route ({@code #/search?q=x}) and waits until its view says it is ready. */
  public Browser go(String hashRoute, String view) {
    driver.get(base + "/" + hashRoute);
    return waitReady(view);
  }

  /** Waits until {@code <body data-ready=VIEW>}. */
  public Browser waitReady(String view) {
    waitFor(By.cssSelector("body[data-ready='" + view + "']"));
    return this;
  }

  /** Waits up to 15 s for an element and returns it. */
  public WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /** All elements matching a CSS selector. */
  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Runs a script in the page and returns its value. */
  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** The browser console's messages so far (CSP violations show here). */
  public List<LogEntry> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** Saves a screenshot as target/screenshots/NAME.png and returns its path. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }
}
