package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.model.Article;
import org.newsgraph.read.FeedReader;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.testing.Pipelines;

/** Ingest from feeds (RSS, Atom) and web archives (WARC.gz): each item or page is an article. */
class FeedsAndArchivesTest {
  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Riverton Gazette</title>
          <link>https://gazette.example/</link>
          <description>News from Riverton</description>
          <item>
            <title>Harbor deal signed</title>
            <link>https://gazette.example/harbor</link>
            <pubDate>Fri, 04 Jul 2031 09:30:00 GMT</pubDate>
            <dc:creator>Lena Ortiz</dc:creator>
            <description>A short teaser.</description>
            <content:encoded><![CDATA[
              <p>The port authority of Riverton signed an agreement with Norway on Friday.</p>
              <p>"This deal secures our future," said director Ana Ruiz.</p>]]></content:encoded>
          </item>
          <item>
            <title>Keldor asks for aid</title>
            <link>https://gazette.example/aid</link>
            <pubDate>Mon, 07 Jul 2031 18:00:00 GMT</pubDate>
            <description>&lt;b&gt;Farmers in Keldor&lt;/b&gt; asked the government for emergency aid on Monday.</description>
          </item>
        </channel>
      </rss>
      """;

  static final String ATOM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Northern Wire</title>
        <id>urn:example:northern-wire</id>
        <updated>2031-08-02T12:00:00Z</updated>
        <entry>
          <title>Bridge reopens in Tarvik</title>
          <id>https://wire.example/bridge</id>
          <link href="https://wire.example/bridge"/>
          <published>2031-08-01T23:15:00-02:00</published>
          <updated>2031-08-02T12:00:00Z</updated>
          <author><name>Sam Berg</name></author>
          <content type="html">&lt;p&gt;The mayor of Tarvik reopened the old bridge on Saturday.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  @TempDir Path dir;

  @Test
  void feedItemsBecomeArticlesWithTheirMetadata() throws Exception {
    Path rss = write("feeds/gazette.rss", RSS);
    Path atom = write("feeds/wire.atom", ATOM);

    try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("data"))) {
      IngestReport report = ingest(store, dir.resolve("feeds"));

      assertThat(report.summary()).isEqualTo("3 new, 0 already stored, 0 failed");
      Article harbor = find(store, "Norway");
      assertThat(harbor.title()).isEqualTo("Harbor deal signed");
      assertThat(harbor.url()).isEqualTo("https://gazette.example/harbor");
      assertThat(harbor.published()).isEqualTo("2031-07-04");
      assertThat(harbor.publisher()).isEqualTo("Riverton Gazette");
      assertThat(harbor.authors())
          .as("dc:creator, kept in the stored record")
          .containsExactly("Lena Ortiz");
      assertThat(harbor.text())
          .as("content:encoded wins over the teaser, one line a paragraph, no markup")
          .contains("signed an agreement with Norway on Friday.\n\"This deal secures")
          .doesNotContain("teaser", "<p>");
      Article aid = find(store, "Keldor");
      assertThat(aid.text()).startsWith("Farmers in Keldor asked").doesNotContain("<b>");
      assertThat(aid.published()).isEqualTo("2031-07-07");
      Article bridge = find(store, "Tarvik");
      assertThat(bridge.title()).isEqualTo("Bridge reopens in Tarvik");
      assertThat(bridge.url()).isEqualTo("https://wire.example/bridge");
      assertThat(bridge.published()).as("the date in UTC").isEqualTo("2031-08-02");
      assertThat(bridge.publisher()).isEqualTo("Northern Wire");
    }
    List<FeedReader.Item> items = new FeedReader().items(rss, e -> {});
    assertThat(items)
        .extracting(i -> i.document().metadata().authors(), i -> i.document().source())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of("Lena Ortiz"), rss + "#1"),
            org.assertj.core.groups.Tuple.tuple(List.of(), rss + "#2"));
    assertThat(new FeedReader().items(atom, e -> {}).get(0).document().metadata().authors())
        .containsExactly("Sam Berg");
  }

  @Test
  void malformedFeedIsRecordedAndTheBatchGoesOn() throws IOException {
    Path broken = write("feeds/a-broken.rss", RSS.replace("</channel>", ""));
    write("feeds/b-wire.atom", ATOM);

    try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("data"))) {
      IngestReport report = ingest(store, dir.resolve("feeds"));

      assertThat(report.summary()).isEqualTo("1 new, 0 already stored, 1 failed");
      assertThat(store.errors())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.input()).isEqualTo(broken.toString());
                assertThat(e.reason()).startsWith("not a well-formed RSS or Atom feed at line");
              });
      assertThat(find(store, "Tarvik").title()).isEqualTo("Bridge reopens in Tarvik");
    }
  }

  @Test
  void warcResponseRecordsBecomeArticles() throws IOException {
    Archive warc = writeWarc("crawl/CC-NEWS-20310704000000-00000.warc.gz");

    try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("data"))) {
      IngestReport report = ingest(store, dir.resolve("crawl"));

      assertThat(report.summary())
          .as("the request, the 404 and the image are not articles")
          .isEqualTo("2 new, 0 already stored, 0 failed");
      Article harbor = find(store, "Norway");
      assertThat(harbor.url()).isEqualTo("https://gazette.example/harbor");
      assertThat(harbor.title()).isEqualTo("Harbor deal signed");
      assertThat(harbor.published()).as("the page's own date").isEqualTo("2031-07-03");
      assertThat(harbor.publisher()).isEqualTo("Riverton Gazette");
      Article bridge = find(store, "Tarvik");
      assertThat(bridge.url()).isEqualTo("https://wire.example/bridge");
      assertThat(bridge.published()).as("WARC-Date, the page gives none").isEqualTo("2031-08-02");
    }
    assertThat(warc.offsets()).hasSize(5);
  }

  @Test
  void truncatedWarcKeepsTheRecordsBeforeTheDamage() throws IOException {
    Archive warc = writeWarc("full.warc.gz");
    byte[] bytes = Files.readAllBytes(warc.path());
    long last = warc.offsets().get(4); // the bridge page, the last record
    Path cut = dir.resolve("crawl/cut.warc.gz");
    Files.createDirectories(cut.getParent());
    Files.write(cut, Arrays.copyOf(bytes, (int) (last + (bytes.length - last) / 2)));

    try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("data"))) {
      IngestReport report = ingest(store, cut);

      assertThat(report.summary()).isEqualTo("1 new, 0 already stored, 1 failed");
      assertThat(find(store, "Norway").url()).isEqualTo("https://gazette.example/harbor");
      assertThat(store.errors())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.input()).isEqualTo(cut.toString());
                assertThat(e.reason())
                    .startsWith("damaged or truncated at byte " + last + " (")
                    .endsWith("the 4 record(s) before it were read");
              });
    }
  }

  private record Archive(Path path, List<Long> offsets) {}

  /**
   * A gzipped WARC as a news crawler writes it, one gzip member a record: a request, the harbor
   * page (its date in a meta tag), a 404, an image, and the bridge page (no date of its own).
   */
  private Archive writeWarc(String name) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    List<Long> offsets = new ArrayList<>();
    try (FileChannel channel =
            FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      Instant crawled = Instant.parse("2031-08-02T06:00:00Z");
      offsets.add(writer.position());
      writer.write(
          new WarcRequest.Builder(URI.create("https://gazette.example/harbor"))
              .date(crawled)
              .body(new HttpRequest.Builder("GET", "/harbor").build())
              .build());
      offsets.add(writer.position());
      writer.write(
          page(
              "https://gazette.example/harbor",
              crawled,
              200,
              "text/html; charset=utf-8",
              "<html><head><title>Harbor deal signed</title>"
                  + "<meta property=\"og:site_name\" content=\"Riverton Gazette\">"
                  + "<meta property=\"article:published_time\" content=\"2031-07-03T08:00:00Z\">"
                  + "</head><body><nav><p>Home | World | Sport</p></nav><article>"
                  + "<p>The port authority of Riverton signed an agreement with Norway.</p>"
                  + "<p>\"This deal secures our future,\" said director Ana Ruiz.</p>"
                  + "</article></body></html>"));
      offsets.add(writer.position());
      writer.write(
          page(
              "https://gazette.example/gone",
              crawled,
              404,
              "text/html",
              "<html><body><p>Page not found in our archive of news.</p></body></html>"));
      offsets.add(writer.position());
      writer.write(page("https://gazette.example/logo.png", crawled, 200, "image/png", "PNG"));
      offsets.add(writer.position());
      writer.write(
          page(
              "https://wire.example/bridge",
              crawled,
              200,
              "text/html",
              "<html><head><title>Bridge reopens</title></head><body>"
                  + "<div><p>The mayor of Tarvik reopened the old bridge on Saturday.</p>"
                  + "<p>Traffic will resume on Monday, the city council said.</p></div>"
                  + "</body></html>"));
    }
    return new Archive(path, offsets);
  }

  private static WarcResponse page(String url, Instant date, int status, String type, String body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
  }

  private static IngestReport ingest(SqliteArticleStore store, Path... sources) {
    return new Ingester(Pipelines.shared(), store, 2).ingest(List.of(sources), step -> {});
  }

  private static Article find(SqliteArticleStore store, String word) {
    var hits = store.search(SearchQuery.of(word)).hits();
    assertThat(hits).as("articles with " + word).hasSize(1);
    return store.get(hits.get(0).id()).orElseThrow().article();
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }
}
