package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.testing.NewsFixture;
import org.newsgraph.testing.TestRecords;

/**
 * A CLI ingest into the store a server holds: a second store instance (as another process would
 * open it) writes while the server answers reads; every read succeeds and nothing is lost.
 */
class ConcurrentIngestTest {
  static final int WRITES = 60;

  @TempDir Path dir;

  @Test
  void aSecondWriterRunsWhileTheServerReads() throws Exception {
    NewsFixture.fill(dir);
    List<AnalysisRecord> extra = new ArrayList<>();
    for (int i = 0; i < WRITES; i++) {
      extra.add(
          TestRecords.article(
                  "Bulletin " + i,
                  "Night Desk",
                  "2026-02-01",
                  "LISBON (Night Desk) - Port workers unloaded cargo ship number " + i + ".")
              .build());
    }
    try (ApiServer server = new ApiServer(dir, null, () -> null, List.of()).start("127.0.0.1", 0)) {
      Http http = new Http(server.port());
      AtomicReference<Throwable> writeFailure = new AtomicReference<>();
      Thread writer =
          new Thread(
              () -> {
                try (SqliteArticleStore ingest = SqliteArticleStore.open(dir)) {
                  extra.forEach(r -> ingest.put(r, "cli:" + r.article().title()));
                } catch (Throwable t) {
                  writeFailure.set(t);
                }
              },
              "second-writer");
      writer.start();
      long last = 0;
      int reads = 0;
      while (writer.isAlive() || reads < 5) {
        Http.Response r = http.get("/api/articles?size=5");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        long total = r.json().get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(last);
        last = total;
        assertThat(http.get("/api/events?actor=RUS").status()).isEqualTo(200);
        reads++;
      }
      writer.join();
      assertThat(writeFailure.get()).isNull();
      assertThat(http.get("/api/articles").json().get("total").asLong()).isEqualTo(3 + WRITES);
    }
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:sqlite:" + dir.resolve(SqliteArticleStore.FILE_NAME));
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      r.next();
      assertThat(r.getString(1)).isEqualTo("ok");
    }
  }
}
