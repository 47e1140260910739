package org.newsgraph.store.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.store.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * Read-only connections to a store's database, a few kept open and lent one per query so that
 * queries from several threads run side by side. In WAL mode they read the last commit while a
 * writer (this process's store, or an {@code ingest} in another process) writes; they wait up to
 * {@link SqliteArticleStore#BUSY_TIMEOUT_MILLIS} when the database is locked (a checkpoint).
 */
public final class ReadDb implements AutoCloseable {
  /** Connections kept open: 4. */
  public static final int CONNECTIONS = 4;

  private final Path file;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(CONNECTIONS);
  private final List<Connection> all = new ArrayList<>();

  private ReadDb(Path file) {
    this.file = file;
  }

  /**
   * Opens read connections to the store in {@code dataDir}; the store must have been opened once
   * (it creates the schema).
   */
  public static ReadDb open(Path dataDir) {
    ReadDb db = new ReadDb(dataDir.resolve(SqliteArticleStore.FILE_NAME));
    try {
      for (int i = 0; i < CONNECTIONS; i++) {
        db.all.add(db.connect());
      }
    } catch (SQLException e) {
      db.close();
      throw new StoreException(db.file + ": cannot open the store to read: " + e.getMessage(), e);
    }
    db.idle.addAll(db.all);
    return db;
  }

  private Connection connect() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(SqliteArticleStore.BUSY_TIMEOUT_MILLIS);
    return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }

  /** What a query does with a connection. */
  @FunctionalInterface
  public interface Query<T> {
    T run(Connection db) throws SQLException;
  }

  /** Runs the query on a connection of its own; a failure names the database. */
  public <T> T read(Query<T> query) {
    Connection c;
    try {
      c = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(file + ": interrupted waiting to read", e);
    }
    try {
      return query.run(c);
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read the store: " + e.getMessage(), e);
    } finally {
      idle.add(c);
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  @Override
  public void close() {
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        // Closing a read-only connection loses nothing; go on closing the others.
      }
    }
  }
}
