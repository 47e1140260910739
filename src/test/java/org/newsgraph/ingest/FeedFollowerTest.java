package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.testing.Pipelines;

/** Feeds by URL: told from pages, followed with conditional GETs, summaries read from the page. */
class FeedFollowerTest {
  static final String HARBOR_ITEM =
      """
      <item><title>Harbor deal signed</title><link>http://HOST/harbor</link>
      <pubDate>Fri, 07 Mar 2031 09:00:00 GMT</pubDate>
      <description>Riverton signs a port deal.</description>
      <content:encoded><![CDATA[<p>The port authority of Riverton signed an agreement with \
      Norway on Friday to expand the container terminal.</p><p>"This deal secures our future," \
      said director Ana Ruiz.</p>]]></content:encoded></item>
      """;

  static final String DAM_ITEM =
      """
      <item><title>Dam talks resume</title><link>http://HOST/dam</link>
      <pubDate>Sat, 08 Mar 2031 09:00:00 GMT</pubDate>
      <description>Talks on the dam resumed.</description></item>
      """;

  static final String DAM_PAGE =
      """
      <html><head><title>Dam talks resume</title></head><body><article>
      <p>Engineers from Keldor and Morland resumed talks on the shared turbine dam on Saturday.</p>
      <p>The two governments will meet again in a month, a spokesman said.</p>
      </article></body></html>
      """;

  static final String DROUGHT_ITEM =
      """
      <item><title>Drought aid</title><link>http://HOST/drought</link>
      <pubDate>Sun, 09 Mar 2031 09:00:00 GMT</pubDate>
      <content:encoded><![CDATA[<p>Farmers in Keldor asked the government for emergency aid on \
      Sunday after a third dry summer.</p>]]></content:encoded></item>
      """;

  @TempDir Path dir;
  HttpServer server;
  volatile String items = HARBOR_ITEM + DAM_ITEM;
  volatile String etag = "\"v1\"";
  final AtomicInteger notModified = new AtomicInteger();
  final AtomicInteger pageFetches = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/feed",
        x -> {
          if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            x.sendResponseHeaders(304, -1);
            x.close();
            return;
          }
          x.getResponseHeaders().add("ETag", etag);
          send(x, "application/rss+xml", feed());
        });
    server.createContext("/plain-feed", x -> send(x, "text/plain", feed()));
    server.createContext(
        "/dam",
        x -> {
          pageFetches.incrementAndGet();
          send(x, "text/html; charset=utf-8", DAM_PAGE);
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String feed() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Valley Post</title><link>http://HOST/</link><description>News</description>
        """
        .concat(items)
        .concat("</channel></rss>\n")
        .replace("HOST", "127.0.0.1:" + server.getAddress().getPort());
  }

  private static void send(HttpExchange x, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private Ingester ingester(SqliteArticleStore store) {
    return new Ingester(
        Pipelines.shared(),
        store,
        1,
        IngestLimits.DEFAULTS,
        new FeedFetcher.Politeness(5, Duration.ZERO));
  }

  @Test
  void aFeedServedAsPlainTextIsToldByItsBodyAndASummaryItemIsReadFromItsPage() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      IngestReport report = ingester(store).ingest(List.of(), List.of(url("/plain-feed")), s -> {});

      assertThat(report.summary()).isEqualTo("2 new, 0 already stored, 0 failed");
      var dam = store.search(SearchQuery.of("turbine")).hits();
      assertThat(dam).hasSize(1);
      var article = store.get(dam.get(0).id()).orElseThrow().article();
      assertThat(article.title()).isEqualTo("Dam talks resume");
      assertThat(article.published()).isEqualTo("2031-03-08");
      assertThat(article.publisher()).isEqualTo("Valley Post");
      assertThat(store.search(SearchQuery.of("\"container terminal\"")).total()).isEqualTo(1);
    }
  }

  @Test
  void aFollowedFeedIsPolledWithConditionalGetsAndNewItemsAppearOnTheNextPoll()
      throws InterruptedException {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir);
        FeedFollower follower =
            new FeedFollower(ingester(store), s -> {}, p -> {}, Duration.ofMillis(1))) {
      follower.follow(url("/feed"), Duration.ofMillis(200));

      await(() -> notModified.get() >= 1);
      assertThat(store.count()).isEqualTo(2);

      items = DROUGHT_ITEM + HARBOR_ITEM + DAM_ITEM;
      etag = "\"v2\"";
      await(() -> store.count() == 3);
      await(() -> notModified.get() >= 2);
      // The server counts its 304 before the follower has read it: wait for the follower too.
      await(() -> "not modified".equals(follower.feeds().get(0).lastResult()));

      assertThat(store.search(SearchQuery.of("drought OR dry")).total()).isEqualTo(1);
      assertThat(pageFetches.get()).as("the stored item's page is not fetched again").isEqualTo(1);
      FeedFollower.Feed feed = follower.feeds().get(0);
      assertThat(feed.url()).isEqualTo(url("/feed").toString());
      assertThat(feed.stored()).isEqualTo(3);
      assertThat(feed.lastResult()).isEqualTo("not modified");
    }
  }

  @Test
  void aFeedUrlThatIsNotHttpOrAnIntervalUnderAMinuteIsRefused() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir);
        FeedFollower follower = new FeedFollower(ingester(store), s -> {}, p -> {})) {
      assertThatThrownBy(
              () -> follower.follow(URI.create("file:///etc/passwd"), Duration.ofHours(1)))
          .hasMessage("file:///etc/passwd: not an http(s) URL");
      assertThatThrownBy(() -> follower.follow(url("/feed"), Duration.ofSeconds(5)))
          .hasMessage("interval must be at least 60 s, got PT5S");
      assertThat(follower.feeds()).isEmpty();
    }
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
