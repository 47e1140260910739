package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.NewsFixture;

/** The read side's columns: written with each article, and filled in for older stores. */
class ReadColumnsTest {
  @TempDir Path dir;

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteArticleStore.FILE_NAME));
  }

  @Test
  void eventsKeepTheirPlaceCoordinatesAndEvidenceOffsetsAndEntitiesAreRows() throws SQLException {
    NewsFixture.fill(dir);
    assertSeizureRows();
  }

  @Test
  void aStoreFromBeforeVersionThreeIsFilledFromItsRecords() throws SQLException {
    NewsFixture.fill(dir);
    try (Connection db = connect();
        Statement s = db.createStatement()) {
      s.execute("DROP TABLE entities");
      s.execute(
          "UPDATE events SET place_lat = NULL, place_lon = NULL, evidence_start = NULL,"
              + " evidence_end = NULL");
      s.execute("PRAGMA user_version = 2");
    }
    SqliteArticleStore.open(dir).close();
    assertSeizureRows();
  }

  private void assertSeizureRows() throws SQLException {
    var seizure = NewsFixture.SEIZURE;
    var event = seizure.events().get(0);
    try (Connection db = connect();
        Statement s = db.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT place_lat, place_lon, evidence_start, evidence_end FROM events"
                  + " WHERE type = 'COERCE'")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getDouble(1)).isEqualTo(10.6);
        assertThat(r.getDouble(2)).isEqualTo(-66.93);
        assertThat(r.getInt(3)).isEqualTo(event.evidence().start());
        assertThat(r.getInt(4)).isEqualTo(event.evidence().end());
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT name, title, actor_code, country, sector FROM entities"
                  + " WHERE article = '"
                  + seizure.article().id()
                  + "' ORDER BY id")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("Venezuelan troops");
        assertThat(r.getString(3)).isEqualTo("VENMIL");
        assertThat(r.next()).isTrue();
        assertThat(r.getString(2)).isEqualTo("President");
        assertThat(r.getString(4)).isEqualTo("VEN");
        assertThat(r.getString(5)).isEqualTo("GOV");
      }
    }
  }
}
