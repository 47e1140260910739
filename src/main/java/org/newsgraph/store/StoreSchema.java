package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.output.RecordJson;

/**
 * The store's tables, and the migration of a store written by an older version: columns added with
 * {@code ALTER TABLE ADD COLUMN} when missing, then stories and event clusters computed for the
 * articles stored before, in the order they were stored. Schema and reasons: docs/store.md.
 */
final class StoreSchema {
  /** The schema version this code writes, kept in {@code PRAGMA user_version}. */
  static final int VERSION = 3;

  private static final String[] TABLES = {
    """
    CREATE TABLE IF NOT EXISTS articles (
      id TEXT PRIMARY KEY, url TEXT, title TEXT, publisher TEXT, published TEXT,
      input TEXT, ingested TEXT NOT NULL, record TEXT NOT NULL, story TEXT)""",
    "CREATE INDEX IF NOT EXISTS articles_published ON articles(published)",
    """
    CREATE TABLE IF NOT EXISTS quotes (
      article TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL, kind TEXT NOT NULL,
      speaker TEXT, speaker_entity TEXT, via TEXT, cue TEXT, text TEXT NOT NULL,
      start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (article, id))""",
    "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker)",
    """
    CREATE TABLE IF NOT EXISTS events (
      article TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL, type TEXT NOT NULL,
      mode TEXT, cameo TEXT, quad_class TEXT, goldstein REAL,
      source_name TEXT, source_code TEXT, source_country TEXT, source_sector TEXT,
      target_name TEXT, target_code TEXT, target_country TEXT, target_sector TEXT,
      date TEXT, place TEXT, place_country TEXT, negated INTEGER NOT NULL,
      hypothetical INTEGER NOT NULL, evidence TEXT, cluster TEXT,
      mentions INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (article, id))""",
    "CREATE INDEX IF NOT EXISTS events_type_date ON events(type, date)",
    "CREATE INDEX IF NOT EXISTS events_date ON events(date)",
    "CREATE INDEX IF NOT EXISTS events_source ON events(source_country, source_sector)",
    "CREATE INDEX IF NOT EXISTS events_target ON events(target_country, target_sector)",
    """
    CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(
      id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')""",
    """
    CREATE TABLE IF NOT EXISTS errors (
      input TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL,
      times INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (input, reason))""",
  };

  /** Columns added since version 1: table, column, its declaration. */
  private static final String[][] ADDED = {
    {"articles", "story", "TEXT"},
    {"events", "cluster", "TEXT"},
    {"events", "mentions", "INTEGER NOT NULL DEFAULT 1"},
    ReadColumns.EVENT_COLUMNS[0],
    ReadColumns.EVENT_COLUMNS[1],
    ReadColumns.EVENT_COLUMNS[2],
    ReadColumns.EVENT_COLUMNS[3],
  };

  private static final String[] INDEXES = {
    "CREATE INDEX IF NOT EXISTS articles_story ON articles(story)",
    "CREATE INDEX IF NOT EXISTS articles_url ON articles(url)",
    // An actor is its code, its country or a name on either side: each gets an index so that an
    // actor's events are found through them (the countries' are events_source/events_target).
    "CREATE INDEX IF NOT EXISTS events_source_code ON events(source_code)",
    "CREATE INDEX IF NOT EXISTS events_source_name ON events(source_name)",
    "CREATE INDEX IF NOT EXISTS events_target_code ON events(target_code)",
    "CREATE INDEX IF NOT EXISTS events_target_name ON events(target_name)",
  };

  private StoreSchema() {}

  /** Creates what is missing and migrates older stores; runs in the caller's transaction. */
  static void apply(Connection db) throws SQLException {
    int before = userVersion(db);
    try (Statement s = db.createStatement()) {
      for (String ddl : TABLES) {
        s.execute(ddl);
      }
      for (String[] c : ADDED) {
        if (!columns(db, c[0]).contains(c[1])) {
          s.execute("ALTER TABLE " + c[0] + " ADD COLUMN " + c[1] + " " + c[2]);
        }
      }
      for (String[] group :
          List.of(INDEXES, StoryIndex.SCHEMA, EventClusters.SCHEMA, ReadColumns.SCHEMA)) {
        for (String ddl : group) {
          s.execute(ddl);
        }
      }
    }
    backfill(db);
    if (before > 0 && before < 3) {
      ReadColumns.backfill(db);
    }
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA user_version = " + VERSION);
    }
  }

  private static int userVersion(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("PRAGMA user_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  private static List<String> columns(Connection db, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (r.next()) {
        out.add(r.getString("name"));
      }
    }
    return out;
  }

  /**
   * Gives the articles stored without a story (by a version before 2) their story and their events
   * their clusters, oldest first, as if they were stored now in that order.
   */
  private static void backfill(Connection db) throws SQLException {
    List<String> pending = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT id FROM articles WHERE story IS NULL ORDER BY ingested, rowid")) {
      while (r.next()) {
        pending.add(r.getString(1));
      }
    }
    for (String id : pending) {
      AnalysisRecord record;
      try (PreparedStatement p = db.prepareStatement("SELECT record FROM articles WHERE id = ?")) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          r.next();
          record = RecordJson.read(r.getString(1));
        }
      }
      StoryIndex.Match match = StoryIndex.find(db, record.article().text());
      String story = match.story() != null ? match.story() : id;
      try (PreparedStatement p =
          db.prepareStatement("UPDATE articles SET story = ? WHERE id = ?")) {
        p.setString(1, story);
        p.setString(2, id);
        p.executeUpdate();
      }
      StoryIndex.add(db, id, match.signature());
      try (PreparedStatement p = db.prepareStatement("DELETE FROM events WHERE article = ?")) {
        p.setString(1, id);
        p.executeUpdate();
      }
      EventClusters.insert(db, id, story, record.events());
    }
  }
}
