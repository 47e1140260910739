package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Event;
import org.newsgraph.output.RecordJson;

/**
 * What the read side (serve, export) needs beyond the record JSON, as columns (schema version 3):
 * an event's place coordinates and evidence offsets, and an {@code entities} table (names, titles
 * and actor codes, which quotes join through {@code speaker_entity}). Stores written before are
 * filled from their records once, when they are opened.
 */
final class ReadColumns {
  /** Columns added to {@code events}: table, column, declaration (as {@link StoreSchema} wants). */
  static final String[][] EVENT_COLUMNS = {
    {"events", "place_lat", "REAL"},
    {"events", "place_lon", "REAL"},
    {"events", "evidence_start", "INTEGER"},
    {"events", "evidence_end", "INTEGER"},
  };

  static final String[] SCHEMA = {
    """
    CREATE TABLE IF NOT EXISTS entities (
      article TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL, name TEXT NOT NULL,
      type TEXT, title TEXT, actor_code TEXT, country TEXT, sector TEXT,
      PRIMARY KEY (article, id))""",
    "CREATE INDEX IF NOT EXISTS entities_actor ON entities(actor_code)",
    "CREATE INDEX IF NOT EXISTS entities_name ON entities(name)",
    // With the two above, an actor's entities are found by code, country or name alike.
    "CREATE INDEX IF NOT EXISTS entities_country ON entities(country)",
  };

  private ReadColumns() {}

  /** The values of {@link #EVENT_COLUMNS} for an event, in order. */
  static List<Object> values(Event e) {
    var place = e.location();
    var evidence = e.evidence();
    List<Object> v = new ArrayList<>();
    v.add(place == null ? null : place.lat());
    v.add(place == null ? null : place.lon());
    v.add(evidence == null ? null : evidence.start());
    v.add(evidence == null ? null : evidence.end());
    return v;
  }

  /** Fills the event columns and the entities of every stored article from its record. */
  static void backfill(Connection db) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM articles")) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    try (PreparedStatement read = db.prepareStatement("SELECT record FROM articles WHERE id = ?");
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE events SET place_lat = ?, place_lon = ?, evidence_start = ?,"
                    + " evidence_end = ? WHERE article = ? AND id = ?")) {
      for (String id : ids) {
        read.setString(1, id);
        AnalysisRecord record;
        try (ResultSet r = read.executeQuery()) {
          r.next();
          record = RecordJson.read(r.getString(1));
        }
        for (Event e : record.events()) {
          List<Object> v = values(e);
          v.add(id);
          v.add(e.id());
          for (int i = 0; i < v.size(); i++) {
            update.setObject(i + 1, v.get(i));
          }
          update.addBatch();
        }
        update.executeBatch();
        EntityRows.insert(db, id, record.entities());
      }
    }
  }
}
