package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Event;
import org.newsgraph.output.RecordJson;

/**
 * Schema version 2, for the read side (serve, export): an event's place coordinates, evidence
 * offsets and mention count as columns, and an {@code entities} table (names, titles and actor
 * codes, which quotes join through {@code speaker_entity}). A version-1 database gains the columns
 * and has them filled from the stored records, once, in one transaction.
 */
final class SchemaV2 {
  /** Columns added to {@code events}, with their SQL types. */
  static final String[][] EVENT_COLUMNS = {
    {"place_lat", "REAL"},
    {"place_lon", "REAL"},
    {"evidence_start", "INTEGER"},
    {"evidence_end", "INTEGER"},
    {"mention_count", "INTEGER"},
  };

  static final String ENTITIES =
      """
      CREATE TABLE IF NOT EXISTS entities (
        article TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL, name TEXT NOT NULL,
        type TEXT, title TEXT, actor_code TEXT, country TEXT, sector TEXT,
        PRIMARY KEY (article, id))""";

  private SchemaV2() {}

  /** Brings the schema to version 2; the caller commits. */
  static void apply(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      Set<String> have = columns(db, "events");
      boolean upgrade = !have.contains("place_lat");
      for (String[] c : EVENT_COLUMNS) {
        if (!have.contains(c[0])) {
          s.execute("ALTER TABLE events ADD COLUMN " + c[0] + " " + c[1]);
        }
      }
      boolean newEntities = !tableExists(db, "entities");
      s.execute(ENTITIES);
      s.execute("CREATE INDEX IF NOT EXISTS entities_actor ON entities(actor_code)");
      s.execute("CREATE INDEX IF NOT EXISTS entities_name ON entities(name)");
      if (upgrade || newEntities) {
        backfill(db);
      }
    }
  }

  /** Fills the new columns and the entities table from every stored record. */
  private static void backfill(Connection db) throws SQLException {
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
                    + " evidence_end = ?, mention_count = ? WHERE article = ? AND id = ?")) {
      for (String id : ids) {
        read.setString(1, id);
        AnalysisRecord record;
        try (ResultSet r = read.executeQuery()) {
          r.next();
          record = RecordJson.read(r.getString(1));
        }
        for (Event e : record.events()) {
          Object[] v = eventColumns(e);
          for (int i = 0; i < v.length; i++) {
            update.setObject(i + 1, v[i]);
          }
          update.setString(v.length + 1, id);
          update.setString(v.length + 2, e.id());
          update.addBatch();
        }
        update.executeBatch();
        EntityRows.insert(db, id, record.entities());
      }
    }
  }

  /** The values of {@link #EVENT_COLUMNS} for an event, in order. */
  static Object[] eventColumns(Event e) {
    var place = e.location();
    var evidence = e.evidence();
    return new Object[] {
      place == null ? null : place.lat(),
      place == null ? null : place.lon(),
      evidence == null ? null : evidence.start(),
      evidence == null ? null : evidence.end(),
      Math.max(1, e.mentions().size())
    };
  }

  private static Set<String> columns(Connection db, String table) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (r.next()) {
        out.add(r.getString("name"));
      }
    }
    return out;
  }

  private static boolean tableExists(Connection db, String table) throws SQLException {
    try (PreparedStatement p =
        db.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }
}
