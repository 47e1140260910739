package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.store.IngestError;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.testing.Pipelines;

/** HTML pages by URL, from a real HTTP server on the loopback interface. */
class PageFetcherTest {
  static final String PAGE =
      """
      <html><head><title>Dam talks | Valley Post</title>
      <script type="application/ld+json">
      {"@type": "NewsArticle", "headline": "Dam talks resume",
       "datePublished": "2031-08-20", "publisher": {"name": "Valley Post"}}
      </script></head>
      <body><nav><p>Home</p></nav><article>
      <p>Engineers from Keldor and Morland resumed talks on the shared dam on Tuesday.</p>
      </article></body></html>
      """;

  @TempDir Path dir;
  HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/dam",
        x -> {
          byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
          x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          x.sendResponseHeaders(200, body.length);
          try (OutputStream out = x.getResponseBody()) {
            out.write(body);
          }
        });
    server.createContext(
        "/image",
        x -> {
          x.getResponseHeaders().add("Content-Type", "image/png");
          x.sendResponseHeaders(200, 1);
          try (OutputStream out = x.getResponseBody()) {
            out.write(0);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void aPageByUrlIsStoredWithItsMetadataAndBadUrlsAreRecorded() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      IngestReport report =
          new Ingester(Pipelines.shared(), store, 1)
              .ingest(List.of(), List.of(url("/dam"), url("/missing"), url("/image")), s -> {});

      assertThat(report.summary()).isEqualTo("1 new, 0 already stored, 2 failed");
      String id = store.search(SearchQuery.of("dam")).hits().get(0).id();
      AnalysisRecord r = store.get(id).orElseThrow();
      assertThat(r.article().title()).isEqualTo("Dam talks resume");
      assertThat(r.article().published()).isEqualTo("2031-08-20");
      assertThat(r.article().publisher()).isEqualTo("Valley Post");
      assertThat(r.article().url()).isEqualTo(url("/dam").toString());
      assertThat(store.errors())
          .extracting(IngestError::input, IngestError::reason)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(url("/missing").toString(), "HTTP 404"),
              org.assertj.core.groups.Tuple.tuple(
                  url("/image").toString(),
                  "not an HTML page or a feed (Content-Type: image/png)"));
    }
  }
}
