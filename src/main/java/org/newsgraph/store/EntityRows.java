package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.newsgraph.model.Entity;

/** Writes an article's entities as rows of the {@code entities} table. */
final class EntityRows {
  private EntityRows() {}

  static void insert(Connection db, String article, List<Entity> entities) throws SQLException {
    try (PreparedStatement p =
        db.prepareStatement(
            "INSERT OR IGNORE INTO entities (article, id, name, type, title, actor_code, country,"
                + " sector) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Entity e : entities) {
        var actor = e.actor();
        p.setString(1, article);
        p.setString(2, e.id());
        p.setString(3, e.name());
        p.setString(4, e.type());
        p.setString(5, e.title());
        p.setString(6, actor == null ? null : actor.code());
        p.setString(7, actor == null ? null : actor.country());
        p.setString(8, actor == null ? null : actor.sector());
        p.addBatch();
      }
      p.executeBatch();
    }
  }
}
