package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.IngestLimits;
import org.newsgraph.testing.Pipelines;

/**
 * Writing through the API with the token: posted articles and followed feeds, analyzed for real.
 */
class WritingApiTest {
  static final String TOKEN = "t0ken";

  @TempDir static Path dir;
  static ApiServer server;
  static Http http;
  static HttpServer feedServer;

  @BeforeAll
  static void start() throws IOException {
    server = new ApiServer(dir, TOKEN, Pipelines::shared, List.of()).start("127.0.0.1", 0);
    http = new Http(server.port());
    feedServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    feedServer.createContext(
        "/feed",
        x -> {
          byte[] body =
              """
              <?xml version="1.0" encoding="UTF-8"?>
              <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>Valley Post</title><link>http://example.org/</link>
              <description>News</description>
              <item><title>Ferry line reopens</title><link>http://example.org/ferry</link>
              <pubDate>Fri, 07 Mar 2031 09:00:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>The ferry line between Riverton and Keldor reopened \
              on Friday after a month of repairs.</p>]]></content:encoded></item>
              </channel></rss>
              """
                  .getBytes(StandardCharsets.UTF_8);
          x.getResponseHeaders().add("Content-Type", "application/rss+xml");
          x.sendResponseHeaders(200, body.length);
          try (OutputStream out = x.getResponseBody()) {
            out.write(body);
          }
        });
    feedServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
    feedServer.stop(0);
  }

  @Test
  void aPostedArticleIsAnalyzedStoredAndServed() {
    String article =
        """
        {"title": "Harbor pact", "publisher": "Valley Post", "published": "2031-03-07",
         "text": "The port authority of Riverton signed an agreement with Norway on Friday.\\n\\n\
        \\"This deal secures our future,\\" said director Ana Ruiz."}
        """;
    Http.Response r = http.post("/api/articles", article, TOKEN);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode outcome = r.json();
    assertThat(outcome.get("stored")).hasSize(1);
    assertThat(outcome.get("errors")).isEmpty();
    String id = outcome.at("/stored/0").asText();

    JsonNode record = http.get("/api/articles/" + id).json();
    assertThat(record.at("/article/publisher").asText()).isEqualTo("Valley Post");
    JsonNode quotes = http.get("/api/quotes?speaker=Ruiz").json();
    assertThat(quotes.at("/items/0/text").asText()).contains("This deal secures our future");

    JsonNode again = http.post("/api/articles", article, TOKEN).json();
    assertThat(again.get("stored")).isEmpty();
    assertThat(again.at("/duplicates/0").asText()).isEqualTo(id);
  }

  @Test
  void jsonLinesGoOnPastABadLine() {
    String lines =
        "{\"text\": \"Keldor farmers asked the government for emergency aid on Sunday.\"}\n"
            + "{\"title\": \"no text here\"}\n";
    JsonNode outcome = http.post("/api/articles", lines, TOKEN).json();
    assertThat(outcome.get("stored")).hasSize(1);
    assertThat(outcome.at("/errors/0/input").asText()).isEqualTo("line 2");
    assertThat(outcome.at("/errors/0/error").asText()).contains("no \"text\"");
    assertThat(http.post("/api/articles", "  ", TOKEN).status()).isEqualTo(400);
  }

  @Test
  void anAnalysisOverTheTimeLimitIsAnErrorAndNothingIsStored(@TempDir Path other) {
    try (ApiServer strict =
        new ApiServer(
                other, TOKEN, Pipelines::shared, List.of(), new IngestLimits(Duration.ofMillis(1)))
            .start("127.0.0.1", 0)) {
      Http client = new Http(strict.port());
      JsonNode outcome =
          client
              .post(
                  "/api/articles",
                  "{\"text\": \"Riverton and Keldor signed a water treaty on Monday.\"}",
                  TOKEN)
              .json();
      assertThat(outcome.get("stored")).isEmpty();
      assertThat(outcome.at("/errors/0/error").asText()).contains("took longer than 1 ms");
      assertThat(client.get("/api/articles").json().get("total").asInt()).isZero();
    }
  }

  @Test
  void aFollowedFeedIsIngestedWhileTheServerRuns() throws InterruptedException {
    String feed = "http://127.0.0.1:" + feedServer.getAddress().getPort() + "/feed";
    Http.Response r =
        http.post("/api/feeds", "{\"url\": \"" + feed + "\", \"interval\": 600}", TOKEN);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("url").asText()).isEqualTo(feed);
    long deadline = System.nanoTime() + 120_000_000_000L;
    JsonNode feeds = http.get("/api/feeds").json();
    while (feeds.at("/items/0/lastResult").isNull() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      feeds = http.get("/api/feeds").json();
    }
    assertThat(feeds.at("/items/0/lastResult").asText()).startsWith("1 new");
    assertThat(http.get("/api/articles?q=ferry").json().get("total").asInt()).isEqualTo(1);

    Http.Response ftp = http.post("/api/feeds", "{\"url\": \"ftp://example.org/\"}", TOKEN);
    assertThat(ftp.status()).isEqualTo(400);
    assertThat(ftp.json().get("error").asText()).contains("ftp://example.org/");
    assertThat(
            http.post("/api/feeds", "{\"url\": \"" + feed + "\", \"interval\": 5}", TOKEN)
                .json()
                .get("error")
                .asText())
        .startsWith("interval must be at least 60 s");
    assertThat(http.post("/api/feeds", "{\"url\": \"" + feed + "\"}", null).status())
        .isEqualTo(401);
  }
}
