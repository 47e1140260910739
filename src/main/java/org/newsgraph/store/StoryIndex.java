package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;

/**
 * The persistent near-duplicate index: each article's MinHash signature and its LSH band keys in
 * tables, so finding the story a new article belongs to reads a few index entries, however many
 * articles are stored. Works inside the caller's transaction on the store's connection.
 */
final class StoryIndex {
  /**
   * The least estimated Jaccard similarity of word 5-shingles at which two articles are copies of
   * one story: 0.5. Copies of a wire story with different boilerplate, a dropped paragraph or an
   * edited headline stay above it; two articles on the same subject written separately share few
   * 5-word runs and score well under 0.2.
   */
  static final double THRESHOLD = 0.5;

  /** The most candidates compared for one article: bounds the work a boilerplate bucket costs. */
  static final int MAX_CANDIDATES = 200;

  static final String[] SCHEMA = {
    """
    CREATE TABLE IF NOT EXISTS story_signatures (
      n INTEGER PRIMARY KEY, article TEXT NOT NULL UNIQUE, signature BLOB NOT NULL)""",
    """
    CREATE TABLE IF NOT EXISTS story_bands (
      bucket INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (bucket, n)) WITHOUT ROWID""",
  };

  private static final String CANDIDATES =
      "SELECT s.article, s.signature, a.story FROM story_signatures s"
          + " JOIN articles a ON a.id = s.article"
          + " WHERE s.n IN (SELECT n FROM story_bands WHERE bucket IN ("
          + String.join(", ", Collections.nCopies(MinHash.BANDS, "?"))
          + ")) ORDER BY s.n LIMIT "
          + MAX_CANDIDATES;

  private StoryIndex() {}

  /** Where an article stands: its signature, and the story it joins (null: it starts its own). */
  record Match(int[] signature, String story) {}

  /** Finds the story of the stored article most similar to this text, if any is similar enough. */
  static Match find(Connection db, String text) throws SQLException {
    int[] sig = MinHash.signature(text);
    long[] bands = MinHash.bands(sig);
    if (bands.length == 0) {
      return new Match(sig, null);
    }
    String best = null;
    double bestScore = THRESHOLD;
    try (PreparedStatement p = db.prepareStatement(CANDIDATES)) {
      for (int i = 0; i < bands.length; i++) {
        p.setLong(i + 1, bands[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          double score = MinHash.similarity(sig, MinHash.fromBytes(r.getBytes(2)));
          if (score >= bestScore && (best == null || score > bestScore)) {
            bestScore = score;
            best = r.getString(3) != null ? r.getString(3) : r.getString(1);
          }
        }
      }
    }
    return new Match(sig, best);
  }

  /** Adds a stored article's signature and bands to the index. */
  static void add(Connection db, String article, int[] sig) throws SQLException {
    if (sig.length == 0) {
      return;
    }
    long n;
    try (PreparedStatement p =
        db.prepareStatement(
            "INSERT INTO story_signatures (article, signature) VALUES (?, ?) RETURNING n")) {
      p.setString(1, article);
      p.setBytes(2, MinHash.toBytes(sig));
      try (ResultSet r = p.executeQuery()) {
        r.next();
        n = r.getLong(1);
      }
    }
    try (PreparedStatement p =
        db.prepareStatement("INSERT OR IGNORE INTO story_bands (bucket, n) VALUES (?, ?)")) {
      for (long bucket : MinHash.bands(sig)) {
        p.setLong(1, bucket);
        p.setLong(2, n);
        p.addBatch();
      }
      p.executeBatch();
    }
  }
}
