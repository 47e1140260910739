package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Quote;
import org.newsgraph.output.RecordJson;

/**
 * The embedded store: one SQLite database, {@code newsgraph.db} in the data directory, in WAL mode
 * so readers (the analyst's own tools, another newsgraph process) read while a writer writes. Each
 * article is written in one transaction: the record JSON whole, its quotes and events as rows, and
 * its title and text in an FTS5 index. Schema and reasons: docs/store.md.
 *
 * <p>One connection, its use serialized: safe to share between threads.
 */
public final class SqliteArticleStore implements ArticleStore {
  /** The database file's name in the data directory. */
  public static final String FILE_NAME = "newsgraph.db";

  /** How long a write waits for another process's write to finish, in ms: 10,000. */
  public static final int BUSY_TIMEOUT_MILLIS = 10_000;

  /** The schema version this code writes, kept in {@code PRAGMA user_version}. */
  public static final int SCHEMA_VERSION = StoreSchema.VERSION;

  private final Path file;
  private final Connection db;

  private SqliteArticleStore(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /** Opens the store in the data directory, creating the directory and the database if needed. */
  public static SqliteArticleStore open(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreException(dataDir + ": cannot create the data directory: " + e, e);
    }
    try {
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
        // WAL: readers never block the writer nor it them; a killed process loses no commit.
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA foreign_keys = ON");
        db.setAutoCommit(false);
        StoreSchema.apply(db);
        db.commit();
        // Reads run in autocommit, each seeing the latest commit; put() opens its own transaction.
        db.setAutoCommit(true);
      }
      return new SqliteArticleStore(file, db);
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot open the store: " + e.getMessage(), e);
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized boolean put(AnalysisRecord record, String input) {
    var a = record.article();
    try {
      db.setAutoCommit(false);
      StoryIndex.Match match = StoryIndex.find(db, a.text());
      String story = match.story() != null ? match.story() : a.id();
      try (PreparedStatement p =
          db.prepareStatement(
              "INSERT OR IGNORE INTO articles"
                  + " (id, url, title, publisher, published, input, ingested, record, story)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        bind(
            p,
            a.id(),
            a.url(),
            a.title(),
            a.publisher(),
            a.published(),
            input,
            Instant.now().toString(),
            RecordJson.line(record),
            story);
        if (p.executeUpdate() == 0) {
          db.rollback();
          db.setAutoCommit(true);
          return false;
        }
      }
      insertQuotes(a.id(), record.quotes());
      StoryIndex.add(db, a.id(), match.signature());
      EventClusters.insert(db, a.id(), story, record.events());
      EntityRows.insert(db, a.id(), record.entities());
      try (PreparedStatement p =
          db.prepareStatement("INSERT INTO article_text (id, title, text) VALUES (?, ?, ?)")) {
        bind(p, a.id(), a.title(), a.text());
        p.executeUpdate();
      }
      try (PreparedStatement p = db.prepareStatement("DELETE FROM errors WHERE input = ?")) {
        bind(p, input);
        p.executeUpdate();
      }
      db.commit();
      db.setAutoCommit(true);
      return true;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(e);
      throw new StoreException(file + ": cannot store article " + a.id() + ": " + e, e);
    }
  }

  private void insertQuotes(String article, List<Quote> quotes) throws SQLException {
    try (PreparedStatement p =
        db.prepareStatement(
            "INSERT INTO quotes (article, id, kind, speaker, speaker_entity, via, cue, text,"
                + " start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Quote q : quotes) {
        bind(
            p,
            article,
            q.id(),
            q.kind(),
            q.speaker() == null ? null : q.speaker().name(),
            q.speaker() == null ? null : q.speaker().entity(),
            q.via() == null ? null : q.via().name(),
            q.cue(),
            q.text(),
            q.start(),
            q.end());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  @Override
  public synchronized boolean contains(String id) {
    return firstRow("SELECT 1 FROM articles WHERE id = ?", id).isPresent();
  }

  @Override
  public synchronized boolean containsUrl(String url) {
    return firstRow("SELECT 1 FROM articles WHERE url = ?", url).isPresent();
  }

  @Override
  public synchronized Optional<String> story(String id) {
    return firstRow("SELECT story FROM articles WHERE id = ?", id);
  }

  @Override
  public synchronized Optional<AnalysisRecord> get(String id) {
    return firstRow("SELECT record FROM articles WHERE id = ?", id).map(RecordJson::read);
  }

  /** The first column of the first row the query gives for one key; empty for no row or NULL. */
  private Optional<String> firstRow(String sql, String key) {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public synchronized long count() {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public synchronized SearchResult search(SearchQuery query) {
    try {
      return search(query, query.text());
    } catch (SQLException e) {
      // Words like U.S. or a stray quote are FTS5 syntax errors: search for the words as such.
      try {
        return search(query, FtsQuery.words(query.text()));
      } catch (SQLException again) {
        throw failure("search", again);
      }
    }
  }

  private SearchResult search(SearchQuery query, String match) throws SQLException {
    long total;
    try (PreparedStatement p =
        db.prepareStatement("SELECT count(*) FROM article_text WHERE article_text MATCH ?")) {
      p.setString(1, match);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        total = r.getLong(1);
      }
    }
    List<SearchResult.Hit> hits = new ArrayList<>();
    try (PreparedStatement p =
        db.prepareStatement(
            "SELECT a.id, a.title, a.published, snippet(article_text, 2, ?, ?, '…', 16)"
                + " FROM article_text JOIN articles a ON a.id = article_text.id"
                + " WHERE article_text MATCH ? ORDER BY rank LIMIT ? OFFSET ?")) {
      bind(p, query.open(), query.close(), match, query.limit(), query.offset());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          hits.add(
              new SearchResult.Hit(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
        }
      }
    }
    return new SearchResult(total, hits);
  }

  @Override
  public synchronized void recordError(String input, String reason) {
    try (PreparedStatement p =
        db.prepareStatement(
            "INSERT INTO errors (input, reason, at) VALUES (?, ?, ?)"
                + " ON CONFLICT (input, reason) DO UPDATE SET at = excluded.at, times = times + 1")) {
      bind(p, input, reason, Instant.now().toString());
      p.executeUpdate();
    } catch (SQLException e) {
      throw failure("record an error in", e);
    }
  }

  @Override
  public synchronized List<IngestError> errors() {
    List<IngestError> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT input, reason, at, times FROM errors ORDER BY at DESC, input, reason")) {
      while (r.next()) {
        out.add(new IngestError(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)));
      }
      return out;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(file + ": cannot " + what + " the store: " + e.getMessage(), e);
  }

  private void rollbackQuietly(Exception cause) {
    try {
      db.rollback();
      db.setAutoCommit(true);
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void bind(PreparedStatement p, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      p.setObject(i + 1, values[i]);
    }
  }
}
