package org.triangulate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.triangulate.model.Brief;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver, at fixed paths so
 * that nothing is downloaded). Skipped, with a message, where the driver is not installed. Saves
 * screenshots under {@code server/target/screenshots}.
 */
class BrowserTest {
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static ChromeDriver browser;
  private static Path screenshots;
  private final ServedCorpus served = ServedCorpus.get();

  @BeforeAll
  static void startBrowser() throws Exception {
    assumeTrue(
        Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM),
        "browser tests skipped: install chromium and chromium-driver (/usr/bin/chromedriver)");
    screenshots =
        Path.of(System.getProperty("screenshots.dir", "target/screenshots")).toAbsolutePath();
    Files.createDirectories(screenshots);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
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
        "--window-size=1200,1600",
        "--user-data-dir=" + Files.createTempDirectory("triangulate-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  @Test
  void aReaderOpensAStorySeesItsConflictFollowsAClaimToItsSourceAndSearches() throws Exception {
    Brief conflicted =
        served.corpus.snapshot().stories().stream()
            .filter(b -> !b.conflicts().isEmpty())
            .findFirst()
            .orElseThrow();
    browser.get(served.url("/"));
    assertThat(browser.findElements(By.cssSelector("li.story-line"))).hasSizeGreaterThan(1);
    screenshot("01-story-list.png");

    WebElement line =
        browser.findElements(By.cssSelector("li.story-line")).stream()
            .filter(li -> li.getText().contains(conflicted.story().title()))
            .findFirst()
            .orElseThrow();
    assertThat(line.findElement(By.className("conflict-marker")).getText()).contains("conflict");
    line.findElement(By.className("story-link")).click();
    WebElement conflicts = browser.findElement(By.cssSelector("section.conflicts"));
    assertThat(conflicts.getText()).contains("Conflicts (").contains("disagree");
    screenshot("02-story-page.png");

    WebElement claim = conflicts.findElement(By.cssSelector("ul.claims a"));
    String target = claim.getDomAttribute("href").replaceFirst(".*#", "");
    claim.click();
    assertThat(browser.getCurrentUrl()).endsWith("#" + target);
    assertThat(js("return document.querySelector(':target').tagName")).isEqualTo("MARK");
    assertThat(browser.findElement(By.id(target)).getText()).isNotBlank();
    screenshot("03-claim-source.png");

    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys("warehouse");
    box.submit();
    assertThat(browser.findElement(By.id("result-count")).getText()).contains("1 story");
    assertThat(browser.findElement(By.cssSelector("a.story-link")).getText())
        .containsIgnoringCase("warehouse");
    screenshot("04-search.png");
  }

  @Test
  void aHostileArticleRunsNoScriptInItsPagesOrItsStory() throws Exception {
    String story = served.corpus.snapshot().storyOf("hostile-1").orElseThrow();
    for (String path :
        new String[] {"/articles/hostile-1", "/stories/" + story, "/search?q=wexley"}) {
      browser.get(served.url(path));
      assertThatThrownBy(() -> browser.switchTo().alert())
          .isInstanceOf(NoAlertPresentException.class);
      assertThat(js("return typeof window.__pwned")).as(path).isEqualTo("undefined");
      assertThat(browser.findElements(By.tagName("script"))).as(path).isEmpty();
    }
    browser.get(served.url("/articles/hostile-1"));
    assertThat(browser.findElement(By.cssSelector("article.source")).getText())
        .contains("<script>");
    screenshot("05-hostile-article.png");
  }
}
