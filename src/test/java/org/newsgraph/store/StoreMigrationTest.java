package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.output.RecordJson;
import org.newsgraph.testing.Pipelines;

/** A store written before stories and event clusters is migrated when it is opened. */
class StoreMigrationTest {
  static final String STORY =
      "The European Union imposed sanctions on Belarus on Tuesday, freezing the assets of two"
          + " state banks.\nThe measures will stay until political prisoners are released, foreign"
          + " policy chief Karin Vogt said.\n";

  @TempDir Path dir;

  @Test
  void aVersionOneStoreGetsStoriesClustersAndTheSummaryView() throws SQLException {
    AnalysisRecord first = Pipelines.analyze(STORY, "2031-02-12");
    AnalysisRecord copy = Pipelines.analyze(STORY + "Editing by Ruth Carver.\n", "2031-02-12");
    writeVersionOne(first, copy);

    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertThat(store.story(first.article().id())).contains(first.article().id());
      assertThat(store.story(copy.article().id())).contains(first.article().id());
    }
    try (Connection db = connect();
        Statement s = db.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT num_articles, cluster FROM event_summary WHERE type = 'SANCTION'")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getInt(1)).isEqualTo(2);
        assertThat(r.getString(2)).startsWith(first.article().id() + ":");
      }
      try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(SqliteArticleStore.SCHEMA_VERSION);
      }
    }
  }

  /** The tables as version 1 wrote them, with two articles and their event rows. */
  private void writeVersionOne(AnalysisRecord... records) throws SQLException {
    try (Connection db = connect();
        Statement s = db.createStatement()) {
      s.execute(
          "CREATE TABLE articles (id TEXT PRIMARY KEY, url TEXT, title TEXT, publisher TEXT,"
              + " published TEXT, input TEXT, ingested TEXT NOT NULL, record TEXT NOT NULL)");
      s.execute(
          "CREATE TABLE events (article TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL,"
              + " type TEXT NOT NULL, mode TEXT, cameo TEXT, quad_class TEXT, goldstein REAL,"
              + " source_name TEXT, source_code TEXT, source_country TEXT, source_sector TEXT,"
              + " target_name TEXT, target_code TEXT, target_country TEXT, target_sector TEXT,"
              + " date TEXT, place TEXT, place_country TEXT, negated INTEGER NOT NULL,"
              + " hypothetical INTEGER NOT NULL, evidence TEXT, PRIMARY KEY (article, id))");
      s.execute("PRAGMA user_version = 1");
      int n = 0;
      for (AnalysisRecord r : records) {
        try (PreparedStatement p =
            db.prepareStatement(
                "INSERT INTO articles (id, publisher, ingested, record) VALUES (?, ?, ?, ?)")) {
          p.setString(1, r.article().id());
          p.setString(2, "Outlet " + n);
          p.setString(3, "2031-02-12T10:00:0" + n++ + "Z");
          p.setString(4, RecordJson.line(r));
          p.executeUpdate();
        }
        for (var e : r.events()) {
          try (PreparedStatement p =
              db.prepareStatement(
                  "INSERT INTO events (article, id, type, negated, hypothetical)"
                      + " VALUES (?, ?, ?, 0, 0)")) {
            p.setString(1, r.article().id());
            p.setString(2, e.id());
            p.setString(3, e.type());
            p.executeUpdate();
          }
        }
      }
    }
    assertThat(Files.exists(dir.resolve(SqliteArticleStore.FILE_NAME))).isTrue();
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteArticleStore.FILE_NAME));
  }
}
