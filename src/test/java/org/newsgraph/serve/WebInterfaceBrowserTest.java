package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Event;
import org.newsgraph.model.Quote;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.RawDocument;
import org.newsgraph.read.TextFileReader;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.testing.Browser;
import org.newsgraph.testing.Pipelines;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;

/**
 * The web interface in headless chromium over a store of two fixture articles: search, the
 * highlighted article, an event clicked through to its sentence, an actor page, the timeline, and
 * an article full of markup and script that must show as text and run nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebInterfaceBrowserTest {
  @TempDir static Path data;
  private ApiServer server;
  private Browser browser;
  private AnalysisRecord talks;
  private AnalysisRecord hostile;

  @BeforeAll
  void start() throws IOException {
    Browser.assumeAvailable();
    talks = analyze("ceasefire-talks.txt", DocumentMetadata.NONE, "2026-03-10");
    hostile =
        analyze(
            "hostile-markup.txt",
            new DocumentMetadata(
                "javascript:window.__pwned=8",
                "<img src=x onerror=\"window.__pwned=9\">Harbour talks",
                "<b onmouseover=window.__pwned=10>Example Wire</b>",
                null),
            "2026-03-12");
    try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
      store.put(talks, "ceasefire-talks.txt");
      store.put(hostile, "hostile-markup.txt");
    }
    server =
        new ApiServer(data, null, Pipelines::shared, List.of(WebAssets::configure))
            .start("127.0.0.1", 0);
    browser = Browser.open("http://127.0.0.1:" + server.port());
  }

  /** Analyzes a fixture as ingest reads a text file (first line the title), with metadata. */
  private static AnalysisRecord analyze(String name, DocumentMetadata given, String published) {
    RawDocument doc = TextFileReader.split(name, Pipelines.readFixture("web/" + name));
    DocumentMetadata meta = given.orElse(doc.metadata());
    return Pipelines.shared()
        .analyze(
            new RawDocument(name, doc.text(), meta),
            new DocumentMetadata(meta.url(), meta.title(), meta.publisher(), published));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void searchGroupsArticlesQuotesAndEvents() {
    browser.go("#/search?q=ceasefire", "search");

    assertThat(browser.all(".articles .article-item .title"))
        .extracting(WebElement::getText)
        .contains("Ministers agree to resume ceasefire talks in Geneva");
    assertThat(browser.all(".articles mark")).isNotEmpty();
    browser.screenshot("search");
  }

  @Test
  void searchFiltersEventsByCategory() {
    browser.go("#/search?type=ACCUSE", "search");

    assertThat(browser.all(".events .event-item .chip"))
        .isNotEmpty()
        .extracting(WebElement::getText)
        .containsOnly("ACCUSE");
  }

  @Test
  void articleHighlightsEachQuoteAndTriggerAtItsCodePointOffsets() {
    browser.go("#/article/" + talks.article().id(), "article");

    assertThat(talks.quotes()).isNotEmpty();
    for (Quote quote : talks.quotes()) {
      assertThat(highlighted("quote", quote.id()))
          .as("quote %s", quote.id())
          .isEqualTo(codePoints(talks.article().text(), quote.start(), quote.end()));
    }
    for (Event event : talks.events()) {
      if (event.trigger() != null) {
        assertThat(highlighted("trigger", event.id())).isEqualTo(event.trigger().text());
      }
    }
    assertThat(browser.all(".article-text .hl.entity")).isNotEmpty();
    browser.screenshot("article");
  }

  @Test
  void overlappingSpansNestAndACrossingSpanSplitsIntoPiecesOfOneRecord() {
    browser.go("#/search", "search");
    // "😀 Ana said hello there": an entity inside a quote, and a sentence that crosses the
    // quote's start; offsets are code points, and the emoji is two UTF-16 units.
    Object html =
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[0];"
                    + "Promise.all([import('/js/highlight.js'), import('/js/offsets.js')])"
                    + ".then(([h, o]) => {"
                    + "  const div = document.createElement('div');"
                    + "  div.append(h.highlightedText(new o.CodePointText('😀 Ana said hello there'), ["
                    + "    {start: 2, end: 16, layer: 'focus', ref: 'S'},"
                    + "    {start: 11, end: 22, layer: 'quote', ref: 'Q1'},"
                    + "    {start: 11, end: 16, layer: 'entity', ref: 'E1'}]));"
                    + "  done(div.innerHTML.replace(/ class=\"[^\"]*\"/g, ''));"
                    + "});");

    assertThat(html)
        .isEqualTo(
            "😀 <span data-kind=\"focus\" data-ref=\"S\" id=\"focus\">Ana said "
                + "<span data-kind=\"quote\" data-ref=\"Q1\">"
                + "<span data-kind=\"entity\" data-ref=\"E1\">hello</span></span></span>"
                + "<span data-kind=\"quote\" data-ref=\"Q1\"> there</span>");
  }

  @Test
  void hoveringAQuoteShowsItsRecordWithTheSpeaker() {
    Quote quote =
        talks.quotes().stream().filter(q -> q.speaker() != null).findFirst().orElseThrow();
    browser.go("#/article/" + talks.article().id(), "article");

    WebElement span = browser.waitFor(By.cssSelector(".hl.quote[data-ref='" + quote.id() + "']"));
    new Actions(browser.driver()).moveToElement(span).perform();

    WebElement card = browser.waitFor(By.cssSelector(".inspector .card-quote"));
    assertThat(card.getText()).contains(quote.speaker().name()).contains(quote.text());
  }

  @Test
  void clickingAnEventOpensTheSentenceItCameFrom() {
    Event event = talks.events().get(0);
    browser.go("#/article/" + talks.article().id(), "article");

    browser.waitFor(By.cssSelector(".event-link[data-event='" + event.id() + "']")).click();
    browser.waitReady("article");

    WebElement focus = browser.waitFor(By.id("focus"));
    assertThat(highlightedFocus()).isEqualTo(event.evidence().text());
    assertThat(focus.isDisplayed()).isTrue();
    assertThat(browser.waitFor(By.cssSelector(".inspector .card-event")).getText())
        .contains(event.type());
  }

  @Test
  void actorPageShowsWhatTheySaid() {
    Quote quote =
        talks.quotes().stream()
            .filter(q -> q.speaker() != null && q.speaker().entity() != null)
            .findFirst()
            .orElseThrow();
    browser.go("#/article/" + talks.article().id(), "article");

    browser
        .waitFor(By.cssSelector(".list-quotes li[data-quote='" + quote.id() + "'] a.speaker"))
        .click();
    browser.waitReady("actor");

    assertThat(browser.waitFor(By.cssSelector(".actor-head h1")).getText()).isNotBlank();
    assertThat(browser.all(".actor-view .quote-item .quote-text"))
        .extracting(WebElement::getText)
        .anySatisfy(text -> assertThat(text).contains(quote.text()));
    browser.screenshot("actor");
  }

  @Test
  void timelineBarListsItsEventsAndEachLeadsToItsSentence() {
    browser.go("#/timeline?interval=day", "timeline");

    browser.waitFor(By.cssSelector("svg.stacked rect.bar")).click();
    browser.waitReady("timeline");
    browser.screenshot("timeline");
    WebElement evidence = browser.waitFor(By.cssSelector(".timeline-events .evidence"));
    String sentence = evidence.getText();
    evidence.click();
    browser.waitReady("article");

    assertThat(highlightedFocus()).isEqualTo(sentence);
  }

  @Test
  void networkAndQuoteBrowserDraw() {
    browser.go("#/network", "network");
    assertThat(browser.all("svg.network-graph .node")).isNotEmpty();
    browser.go("#/quotes", "quotes");
    assertThat(browser.all(".quote-item")).hasSize(talks.quotes().size() + hostile.quotes().size());
  }

  @Test
  void aPlaceOnTheMapListsTheEventsThere() {
    browser.go("#/map", "map");
    assertThat(browser.all("svg.world path.country")).hasSizeGreaterThan(100);

    browser.waitFor(By.cssSelector("svg.world circle.place")).click();
    browser.waitReady("map");

    List<String> placed =
        talks.events().stream()
            .filter(e -> e.location() != null && e.location().lat() != null)
            .map(e -> e.evidence().text())
            .toList();
    assertThat(placed).as("the gazetteer places the Geneva talks").isNotEmpty();
    browser.waitFor(By.cssSelector(".map-events .evidence"));
    assertThat(browser.all(".map-events .evidence"))
        .extracting(WebElement::getText)
        .isNotEmpty()
        .allSatisfy(text -> assertThat(placed).contains(text));
    browser.screenshot("map");
  }

  @Test
  void hostileArticleShowsItsMarkupAsTextAndRunsNothing() {
    browser.go("#/search?q=harbour", "search");
    browser.go("#/article/" + hostile.article().id() + "?q=harbour", "article");
    for (WebElement link : browser.all(".article-view a")) {
      assertThat(String.valueOf(link.getAttribute("href"))).doesNotStartWith("javascript:");
    }
    browser.go("#/quotes?q=answer", "quotes");
    browser.go("#/article/" + hostile.article().id(), "article");

    assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
    assertThat(browser.driver().getTitle()).isNotEqualTo("PWNED");
    assertThat(browser.all(".article-text script, .article-text img, .article-text iframe"))
        .isEmpty();
    assertThat(browser.waitFor(By.id("article-text")).getText())
        .contains("</textarea><script>window.__pwned=3</script>")
        .contains("<a href=\"javascript:window.__pwned=4\">");
    assertThat(browser.waitFor(By.cssSelector(".article-title")).getText())
        .startsWith("<img src=x onerror=");
    assertNoAlert();
    assertThat(cspViolationsAndErrors()).isEmpty();
    browser.screenshot("hostile-article");
  }

  @Test
  void pagesScriptsAndLibrariesCarryTheSecurityHeaders() {
    Http http = new Http(server.port());
    for (String path :
        List.of("/", "/js/app.js", "/css/app.css", "/webjars/d3/7.9.0/dist/d3.min.js")) {
      Http.Response response = http.get(path);
      assertThat(response.status()).as(path).isEqualTo(200);
      SecurityHeaders.HEADERS.forEach(
          (name, value) ->
              assertThat(response.header(name)).as(path + " " + name).isEqualTo(value));
    }
  }

  private String highlighted(String kind, String ref) {
    return (String)
        browser.script(
            "return Array.from(document.querySelectorAll("
                + "`.article-text [data-kind='${arguments[0]}'][data-ref='${arguments[1]}']`))"
                + ".map(n => n.textContent).join('')",
            kind,
            ref);
  }

  private String highlightedFocus() {
    browser.waitFor(By.id("focus"));
    return highlighted("focus", "");
  }

  private static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  private void assertNoAlert() {
    try {
      browser.driver().switchTo().alert();
      throw new AssertionError("an alert is open");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private List<String> cspViolationsAndErrors() {
    return browser.console().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught"))
        .collect(Collectors.toList());
  }
}
