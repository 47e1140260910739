package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.testing.Pipelines;

/** Which event rows are mentions of one stored-once event, across stories. */
class EventClustersTest {
  static final String BRUSSELS =
      "Ministers in Brussels agreed a package aimed at Minsk after a long day of talks.";
  static final String LUXEMBOURG =
      "Foreign ministers meeting in Luxembourg backed the measures against the government.";

  static AnalysisRecord sanctions;

  @TempDir Path dir;

  @BeforeAll
  static void analyze() {
    sanctions =
        Pipelines.analyze(
            "The European Union imposed sanctions on Belarus on Tuesday.\n", "2031-02-12");
  }

  /** The same events in another story: an article with other words and another publisher. */
  private static AnalysisRecord otherStory(String id, String text, List<Event> events) {
    Article a = sanctions.article();
    Article other =
        new Article(
            id,
            null,
            null,
            "Other Outlet",
            a.published(),
            a.publishedSource(),
            a.language(),
            text,
            List.of(),
            List.of(),
            List.of());
    return new AnalysisRecord(
        sanctions.schema(),
        other,
        sanctions.entities(),
        List.of(),
        events,
        sanctions.dates(),
        sanctions.places());
  }

  @Test
  void anEventWithBothActorCodesAndADayMergesAcrossStories() throws SQLException {
    Event e = sanctions.events().get(0);
    assertThat(e.source().actor()).isNotNull();
    assertThat(e.target().actor()).isNotNull();
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      store.put(sanctions, "a.txt");
      store.put(otherStory("b".repeat(64), BRUSSELS, List.of(e)), "b.txt");

      assertThat(store.story("b".repeat(64))).contains("b".repeat(64));
    }
    assertThat(summary()).containsExactly("SANCTION 2 articles 2 sources");
  }

  @Test
  void anEventWithAnUnknownActorStaysInItsOwnStory() throws SQLException {
    Event e = sanctions.events().get(0);
    Event noTarget =
        new Event(
            e.id(),
            e.type(),
            e.mode(),
            e.cameo(),
            e.source(),
            null,
            e.date(),
            e.dateSource(),
            e.location(),
            e.negated(),
            e.hypothetical(),
            e.evidence(),
            e.trigger(),
            e.confidence(),
            e.quadClass(),
            e.goldstein(),
            e.reportedBy(),
            e.mentions());
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      store.put(otherStory("c".repeat(64), BRUSSELS, List.of(noTarget)), "c.txt");
      store.put(otherStory("d".repeat(64), LUXEMBOURG, List.of(noTarget)), "d.txt");
    }
    assertThat(summary())
        .containsExactly("SANCTION 1 articles 1 sources", "SANCTION 1 articles 1 sources");
  }

  private List<String> summary() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:sqlite:" + dir.resolve(SqliteArticleStore.FILE_NAME));
        Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT type, num_articles, num_sources FROM event_summary WHERE type = 'SANCTION'"
                    + " ORDER BY cluster")) {
      while (r.next()) {
        out.add(r.getString(1) + " " + r.getInt(2) + " articles " + r.getInt(3) + " sources");
      }
    }
    return out;
  }
}
