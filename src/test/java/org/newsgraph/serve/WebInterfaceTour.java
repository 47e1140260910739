package org.newsgraph.serve;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Screenshots of every view over a real store, and the time each takes to draw, for the docs and
 * for measuring: {@code mvn test -Dtest=WebInterfaceTour -Dnewsgraph.tour.data=DIR
 * [-Dnewsgraph.tour.article=ID]}. Not named *Test, so the suite never runs it; skipped without a
 * store.
 */
class WebInterfaceTour {
  @Test
  void screenshotsEveryViewAndTimesItsFirstDraw() {
    String dir = System.getProperty("newsgraph.tour.data", "");
    assumeThat(dir).as("-Dnewsgraph.tour.data=DIR").isNotBlank();
    Path data = Paths.get(dir);
    assumeThat(Files.isDirectory(data)).isTrue();
    try (ApiServer server =
            new ApiServer(data, null, () -> null, List.of(WebAssets::configure))
                .start("127.0.0.1", 0);
        Browser browser = Browser.open("http://127.0.0.1:" + server.port())) {
      browser.driver().manage().window().setSize(new Dimension(1400, 1500));
      String article = System.getProperty("newsgraph.tour.article", "");
      if (article.isBlank()) {
        browser.go("#/search", "search");
        article = browser.waitFor(By.cssSelector(".article-item .title")).getAttribute("href");
        article = article.replaceAll(".*#/article/([^?]*).*", "$1");
      }
      visit(browser, "#/search", "search", "tour-latest");
      visit(browser, "#/search?q=Putin", "search", "tour-search");
      visit(browser, "#/article/" + article, "article", "tour-article");
      browser.waitFor(By.cssSelector(".article-text .hl.trigger")).click();
      System.out.println("article, an event clicked: " + browser.screenshot("tour-article-event"));
      visit(browser, "#/quotes", "quotes", "tour-quotes");
      visit(browser, "#/timeline", "timeline", "tour-timeline");
      List<WebElement> bars = browser.all("svg.stacked rect.bar");
      if (!bars.isEmpty()) {
        bars.get(bars.size() - 1).click();
        browser.waitFor(By.cssSelector(".timeline-events .evidence"));
        System.out.println(
            "timeline, a bar clicked: " + browser.screenshot("tour-timeline-events"));
      }
      visit(browser, "#/network", "network", "tour-network");
      visit(browser, "#/map", "map", "tour-map");
      visit(browser, "#/actor/RUSGOV", "actor", "tour-actor");
    }
  }

  // Loads the page afresh, so the time is a first view: navigation start to the view drawn.
  private static void visit(Browser browser, String route, String view, String shot) {
    browser.driver().get("about:blank");
    browser.go(route, view);
    Object ms =
        browser.script(
            "return performance.getEntriesByName(arguments[0])[0].startTime",
            "newsgraph:ready:" + view);
    System.out.printf(
        Locale.ROOT,
        "%-10s first view %6.0f ms  %s%n",
        view,
        ((Number) ms).doubleValue(),
        browser.screenshot(shot));
  }
}
