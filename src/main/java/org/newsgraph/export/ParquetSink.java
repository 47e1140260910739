package org.newsgraph.export;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.newsgraph.store.query.EventItem;

/**
 * Parquet, the flat columns typed, written by DuckDB's built-in writer (an in-memory table filled
 * in one transaction, then {@code COPY ... TO} the file): no extension, nothing downloaded.
 */
final class ParquetSink implements EventSink {
  /** Rows sent to DuckDB at once: 1,000. */
  static final int BATCH = 1000;

  private final Path file;
  private final Connection db;
  private final PreparedStatement insert;
  private int pending;

  ParquetSink(Path file) throws IOException {
    this.file = file;
    try {
      db = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = db.createStatement()) {
        s.execute(
            "CREATE TABLE events ("
                + FlatColumns.ALL.stream()
                    .map(c -> "\"" + c.name() + "\" " + c.sqlType())
                    .collect(Collectors.joining(", "))
                + ")");
      }
      db.setAutoCommit(false);
      insert =
          db.prepareStatement(
              "INSERT INTO events VALUES ("
                  + FlatColumns.ALL.stream().map(c -> "?").collect(Collectors.joining(", "))
                  + ")");
    } catch (SQLException e) {
      throw new IOException(file + ": cannot start DuckDB to write Parquet: " + e.getMessage(), e);
    }
  }

  @Override
  public void write(EventItem event) throws IOException {
    try {
      for (int i = 0; i < FlatColumns.ALL.size(); i++) {
        insert.setObject(i + 1, FlatColumns.ALL.get(i).value().apply(event));
      }
      insert.addBatch();
      if (++pending == BATCH) {
        insert.executeBatch();
        pending = 0;
      }
    } catch (SQLException e) {
      throw new IOException(file + ": cannot write event " + event.id() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void finish() throws IOException {
    try (db;
        Statement s = db.createStatement()) {
      insert.executeBatch();
      db.commit();
      String target = file.toAbsolutePath().toString().replace("'", "''");
      s.execute("COPY events TO '" + target + "' (FORMAT PARQUET)");
    } catch (SQLException e) {
      throw new IOException(file + ": cannot write Parquet: " + e.getMessage(), e);
    }
  }
}
