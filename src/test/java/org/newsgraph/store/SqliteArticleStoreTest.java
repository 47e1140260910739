package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Quote;
import org.newsgraph.testing.Pipelines;

/** The SQLite store: records kept whole and once, rows analysts filter on, search, errors. */
class SqliteArticleStoreTest {
  static AnalysisRecord sanctions;
  static AnalysisRecord harbor;

  @TempDir Path dir;

  @BeforeAll
  static void analyze() {
    sanctions =
        Pipelines.analyze(
            "The European Union imposed sanctions on Belarus on Tuesday.\n"
                + "\"These measures target the regime, not the people,\" said foreign policy chief"
                + " Karin Vogt.\n",
            "2031-02-12");
    harbor =
        Pipelines.analyze(
            "The port authority of Riverton signed an agreement with Norway on Friday.\n", null);
  }

  @Test
  void putStoresTheRecordWholeAndOnlyOnce() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertThat(store.put(sanctions, "a.txt")).isTrue();
      assertThat(store.put(sanctions, "b.txt")).isFalse();

      assertThat(store.count()).isEqualTo(1);
      assertThat(store.contains(sanctions.article().id())).isTrue();
      assertThat(store.get(sanctions.article().id())).contains(sanctions);
      assertThat(store.get("0000")).isEmpty();
    }
  }

  @Test
  void quotesAndEventsAreRowsToFilterOn() throws SQLException {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      store.put(sanctions, "a.txt");
    }
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("newsgraph.db"));
        Statement s = db.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT speaker, kind FROM quotes")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("Karin Vogt");
        assertThat(r.getString(2)).isEqualTo("direct");
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT type, source_sector, target_country, date FROM events WHERE type ="
                  + " 'SANCTION'")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(2)).isEqualTo("IGO");
        assertThat(r.getString(3)).isEqualTo("BLR");
        assertThat(r.getString(4)).isEqualTo("2031-02-11");
      }
      try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("wal");
      }
    }
  }

  @Test
  void aPutThatFailsHalfwayLeavesNothingOfTheArticle() {
    List<Quote> quotes = new ArrayList<>(sanctions.quotes());
    // The quote row is written after the article row; its missing kind breaks the NOT NULL.
    quotes.add(new Quote("Q99", null, "broken", 0, 3, null, null, null));
    AnalysisRecord broken =
        new AnalysisRecord(
            sanctions.schema(),
            sanctions.article(),
            sanctions.entities(),
            quotes,
            sanctions.events(),
            sanctions.dates(),
            sanctions.places());

    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertThatThrownBy(() -> store.put(broken, "a.txt")).isInstanceOf(StoreException.class);

      assertThat(store.count()).isZero();
      assertThat(store.search(SearchQuery.of("sanctions")).total()).isZero();
      assertThat(store.put(sanctions, "a.txt")).isTrue();
      assertThat(store.get(sanctions.article().id())).contains(sanctions);
    }
  }

  @Test
  void searchFindsAWordWithHighlight() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      store.put(sanctions, "a.txt");
      store.put(harbor, "b.txt");

      SearchResult result = store.search(SearchQuery.of("sanctions"));

      assertThat(result.total()).isEqualTo(1);
      assertThat(result.hits()).hasSize(1);
      SearchResult.Hit hit = result.hits().get(0);
      assertThat(hit.id()).isEqualTo(sanctions.article().id());
      assertThat(hit.published()).isEqualTo("2031-02-12");
      assertThat(hit.snippet()).contains("imposed [sanctions] on Belarus");
    }
  }

  @Test
  void searchPagesAndToleratesPunctuationInTheQuery() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      store.put(sanctions, "a.txt");
      store.put(harbor, "b.txt");

      assertThat(store.search(SearchQuery.of("on").page(1, 0)).hits()).hasSize(1);
      assertThat(store.search(SearchQuery.of("on").page(1, 1)).hits()).hasSize(1);
      assertThat(store.search(SearchQuery.of("on").page(1, 2)).hits()).isEmpty();
      assertThat(store.search(SearchQuery.of("on")).total()).isEqualTo(2);
      assertThat(store.search(SearchQuery.of("\"Norway")).total()).isEqualTo(1);
      assertThatThrownBy(() -> SearchQuery.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aSecondStoreOnTheSameDirectorySeesWhatTheFirstWrote() {
    try (SqliteArticleStore writer = SqliteArticleStore.open(dir);
        SqliteArticleStore reader = SqliteArticleStore.open(dir)) {
      assertThat(reader.count()).isZero();
      writer.put(harbor, "b.txt");
      assertThat(reader.count()).isEqualTo(1);
      assertThat(reader.search(SearchQuery.of("Riverton")).total()).isEqualTo(1);
    }
  }

  @Test
  void anErrorIsRecordedOnceWithHowOftenItHappened() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      store.recordError("bad.txt", "empty file (0 bytes)");
      store.recordError("bad.txt", "empty file (0 bytes)");
      store.recordError("worse.html", "no main text");

      assertThat(store.errors())
          .extracting(IngestError::input, IngestError::times)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("bad.txt", 2),
              org.assertj.core.groups.Tuple.tuple("worse.html", 1));
    }
  }
}
