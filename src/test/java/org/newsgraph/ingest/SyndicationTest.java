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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.testing.Pipelines;

/** One wire story in two outlets: one story group, and the event both report stored once. */
class SyndicationTest {
  static final String STORY =
      """
      Norway imposed new sanctions on Belarus on Tuesday, freezing the assets of three state banks \
      after talks on a detained fishing crew collapsed.
      The foreign ministry in Oslo said the measures would stay in place until the crew of eleven \
      was allowed to go home.
      "We have been patient for two months," said ministry spokeswoman Ingrid Dahl. "Patience has \
      limits."
      Officials in Minsk did not answer requests for comment on Tuesday evening.
      Trade between the two countries fell by a third last year, according to customs figures.
      """;

  static final String VALLEY_POST =
      "By Mara Lind, Valley Post staff\n\n"
          + STORY
          + "Read more: Fishing fleets wait out the winter in northern ports\n";

  static final String EXAMPLE_WIRE =
      STORY
          + "Additional reporting by Tom Hale in Vilnius; editing by Ruth Carver.\n"
          + "This story was republished from Example Wire under a content-sharing agreement.\n";

  static final String OTHER =
      "Farmers in Keldor asked the government for emergency aid on Monday after a third dry"
          + " summer.\nAgriculture minister Paul Sato said the request would be answered within a"
          + " week.\n";

  @TempDir Path dir;

  @Test
  void twoCopiesOfAStoryAreOneGroupAndTheirEventIsStoredOnceWithTwoArticles()
      throws IOException, SQLException {
    Path feed =
        write(
            "wire.jsonl",
            line(VALLEY_POST, "Valley Post")
                + line(EXAMPLE_WIRE, "Example Wire")
                + line(OTHER, "Farm Weekly"));

    try (SqliteArticleStore store = SqliteArticleStore.open(dir.resolve("data"))) {
      IngestReport report =
          new Ingester(Pipelines.shared(), store, 1).ingest(List.of(feed), s -> {});
      assertThat(report.summary()).isEqualTo("3 new, 0 already stored, 0 failed");

      String post = idOf(store, "Valley");
      String wire = idOf(store, "republished");
      String other = idOf(store, "Keldor");
      assertThat(store.story(post)).contains(post);
      assertThat(store.story(wire)).contains(post);
      assertThat(store.story(other)).contains(other);
    }
    try (Connection db =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/newsgraph.db"));
        Statement s = db.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT type, source_code, target_code, num_mentions, num_articles, num_sources"
                  + " FROM event_summary WHERE type = 'SANCTION' AND target_code = 'BLR'")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(2)).isEqualTo("NOR");
        assertThat(r.getInt(5)).isEqualTo(2);
        assertThat(r.getInt(6)).isEqualTo(2);
        assertThat(r.getInt(4)).isGreaterThanOrEqualTo(2);
        assertThat(r.next()).as("one summary row for the sanctions").isFalse();
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*), count(DISTINCT article), count(DISTINCT cluster) FROM events"
                  + " WHERE type = 'SANCTION' AND target_code = 'BLR'")) {
        r.next();
        assertThat(r.getInt(1)).as("each mention keeps its row").isEqualTo(2);
        assertThat(r.getInt(2)).isEqualTo(2);
        assertThat(r.getInt(3)).isEqualTo(1);
      }
    }
  }

  private static String idOf(SqliteArticleStore store, String word) {
    return store.search(SearchQuery.of(word)).hits().get(0).id();
  }

  private static String line(String text, String publisher) {
    return "{\"text\": "
        + org.newsgraph.output.RecordJson.mapper().valueToTree(text)
        + ", \"publisher\": \""
        + publisher
        + "\", \"published\": \"2031-03-05\"}\n";
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
