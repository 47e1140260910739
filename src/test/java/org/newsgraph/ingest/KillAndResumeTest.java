package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.testing.Pipelines;

/**
 * A kill -9 in the middle of an ingest loses nothing stored and leaves no half article; the next
 * run ends with the same store as an uninterrupted one. The ingest runs in a child JVM, killed once
 * a reader in this JVM sees some articles stored (a reader while the writer writes).
 */
class KillAndResumeTest {
  static final List<String> FIXTURES =
      List.of(
          "continued-quote.txt",
          "copyright-and-embed.txt",
          "dated-term.txt",
          "description-speaker.txt",
          "metonym-kremlin.txt",
          "negated-call.txt",
          "pronoun-speaker.txt",
          "relayed-quote.txt",
          "reported-speech.txt",
          "scare-quote.txt",
          "seizure.txt",
          "title-before-name.txt",
          "transcript-unquoted.txt",
          "transcript.txt");

  @TempDir Path dir;

  @Test
  void killedIngestResumesToTheSameStoreAsAnUninterruptedOne() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String name : FIXTURES) {
      Files.writeString(in.resolve(name), Pipelines.readFixture(name), StandardCharsets.UTF_8);
    }
    Path killed = dir.resolve("killed");
    Path whole = dir.resolve("whole");

    long storedAtKill = ingestAndKillAfter(in, killed, 3);
    Counts afterKill = counts(killed);
    try (SqliteArticleStore store = SqliteArticleStore.open(killed)) {
      new Ingester(Pipelines.shared(), store, 2).ingest(List.of(in), s -> {});
    }
    try (SqliteArticleStore store = SqliteArticleStore.open(whole)) {
      new Ingester(Pipelines.shared(), store, 2).ingest(List.of(in), s -> {});
    }

    assertThat(storedAtKill).isBetween(3L, (long) FIXTURES.size() - 1);
    assertThat(afterKill.articles).isGreaterThanOrEqualTo(storedAtKill);
    assertThat(afterKill.orphans).isZero();
    assertThat(afterKill.indexed).isEqualTo(afterKill.articles);
    assertThat(counts(killed)).isEqualTo(counts(whole));
    assertThat(counts(whole).articles).isEqualTo(FIXTURES.size());
  }

  /** Runs {@code newsgraph ingest} in a child JVM and kills it (SIGKILL) after n articles. */
  private static long ingestAndKillAfter(Path in, Path data, int n)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx2g", "-cp", System.getProperty("java.class.path")));
    command.addAll(
        List.of(
            "org.newsgraph.cli.Main",
            "ingest",
            in.toString(),
            "--data",
            data.toString(),
            "--threads",
            "1"));
    Process child =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(data.resolveSibling("child.log").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      Path db = data.resolve(SqliteArticleStore.FILE_NAME);
      while (System.nanoTime() < deadline && child.isAlive()) {
        if (Files.exists(db)) {
          long stored = counts(data).articles;
          if (stored >= n) {
            child.destroyForcibly().waitFor();
            return stored;
          }
        }
        Thread.sleep(20);
      }
      throw new AssertionError(
          "the child ingest ended or stalled before storing "
              + n
              + " articles: "
              + Files.readString(data.resolveSibling("child.log"), StandardCharsets.UTF_8));
    } finally {
      child.destroyForcibly();
    }
  }

  private record Counts(long articles, long indexed, long quotes, long events, long orphans) {}

  /** Counts read with plain JDBC, as an analyst's tool would, while the writer may write. */
  private static Counts counts(Path data) {
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:sqlite:" + data.resolve(SqliteArticleStore.FILE_NAME));
        Statement s = db.createStatement()) {
      s.execute("PRAGMA busy_timeout = 10000");
      return new Counts(
          one(s, "SELECT count(*) FROM articles"),
          one(s, "SELECT count(*) FROM article_text"),
          one(s, "SELECT count(*) FROM quotes"),
          one(s, "SELECT count(*) FROM events"),
          one(
              s,
              "SELECT (SELECT count(*) FROM quotes WHERE article NOT IN (SELECT id FROM articles))"
                  + " + (SELECT count(*) FROM events WHERE article NOT IN (SELECT id FROM"
                  + " articles))"));
    } catch (SQLException e) {
      if (e.getMessage().contains("no such table")) {
        return new Counts(0, 0, 0, 0, 0);
      }
      throw new IllegalStateException(e);
    }
  }

  private static long one(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
