package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.store.FtsQuery;

/** Articles: full-text search with highlights, lists by date and publisher, one stored record. */
public final class ArticleQueries {
  /** Characters of an article's opening shown as its snippet when nothing was searched: 240. */
  public static final int OPENING_CHARS = 240;

  private static final String COLUMNS = "a.id, a.title, a.publisher, a.published, a.url";

  private final ReadDb db;
  private final SnippetFormat format;

  /** Queries whose snippets are HTML, as the API serves them. */
  public ArticleQueries(ReadDb db) {
    this(db, SnippetFormat.HTML);
  }

  public ArticleQueries(ReadDb db, SnippetFormat format) {
    this.db = db;
    this.format = format;
  }

  /** A stored article: its analysis record as JSON, and its near-duplicate group or null. */
  public record Stored(String recordJson, String story) {}

  /** The article with this id. */
  public Optional<Stored> get(String id) {
    String sql = "SELECT record, story FROM articles WHERE id = ?";
    return db.read(
        c ->
            Rows.list(c, sql, List.of(id), r -> new Stored(r.getString(1), r.getString(2))).stream()
                .findFirst());
  }

  /** One page of articles: best matches first with a query, else latest first. */
  public Page<ArticleHit> list(ArticleFilter filter, PageRequest page) {
    return filter.q() == null || filter.q().isBlank()
        ? latest(filter, page)
        : db.read(
            c -> {
              try {
                return search(c, filter, filter.q(), page);
              } catch (SQLException e) {
                // Words like U.S. or a stray quote are FTS5 syntax errors: search them as words.
                return search(c, filter, FtsQuery.words(filter.q()), page);
              }
            });
  }

  private Page<ArticleHit> latest(ArticleFilter filter, PageRequest page) {
    Where w = filter.where();
    String select =
        "SELECT "
            + COLUMNS
            + ", substr(json_extract(a.record, '$.article.text'), 1, "
            + OPENING_CHARS
            + ") AS opening";
    return db.read(
        c ->
            Rows.page(
                c,
                select,
                " FROM articles a",
                w,
                " ORDER BY a.published DESC, a.ingested DESC, a.id",
                page,
                r -> hit(r, format.opening(r.getString("opening")))));
  }

  private Page<ArticleHit> search(
      Connection c, ArticleFilter filter, String match, PageRequest page) throws SQLException {
    Where w = new Where().and("article_text MATCH ?", match).andAll(filter.where());
    String from = " FROM article_text JOIN articles a ON a.id = article_text.id" + w.sql();
    List<Object> params = new ArrayList<>();
    params.add(SnippetFormat.OPEN);
    params.add(SnippetFormat.CLOSE);
    params.addAll(Rows.paged(w.params(), page));
    List<ArticleHit> hits =
        Rows.list(
            c,
            "SELECT "
                + COLUMNS
                + ", snippet(article_text, 2, ?, ?, '…', 24) AS snippet"
                + from
                + " ORDER BY rank LIMIT ? OFFSET ?",
            params,
            r -> hit(r, format.marked(r.getString("snippet"))));
    return Page.of(hits, page, Rows.count(c, "SELECT count(*)" + from, w.params()));
  }

  private static ArticleHit hit(ResultSet r, String snippet) throws SQLException {
    return new ArticleHit(
        r.getString("id"),
        r.getString("title"),
        r.getString("publisher"),
        r.getString("published"),
        r.getString("url"),
        snippet);
  }
}
