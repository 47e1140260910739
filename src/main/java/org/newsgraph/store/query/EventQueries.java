package org.newsgraph.store.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Events by type, actor, place and date, with their articles. */
public final class EventQueries {
  private static final String FROM =
      " FROM " + EventCounts.EVENTS + " e JOIN articles a ON a.id = e.article";
  private static final String SELECT =
      "SELECT e.*, a.title AS article_title, a.url AS article_url, a.publisher AS publisher,"
          + " a.published AS published, a.ingested AS ingested, "
          + EventCounts.columns();
  private static final String ORDER = " ORDER BY e.date DESC, a.published DESC, e.article, e.id";

  private final ReadDb db;

  public EventQueries(ReadDb db) {
    this.db = db;
  }

  /** One page of the events the filter takes, latest first. */
  public Page<EventItem> list(EventFilter filter, PageRequest page) {
    Where w = filter.where();
    // The page's keys first, then its rows: the view's counts are then computed for the page's
    // events alone, not for every event the sort passes over.
    String rows =
        SELECT
            + FROM
            + " WHERE (e.article, e.id) IN (SELECT e.article, e.id"
            + FROM
            + w.sql()
            + ORDER
            + " LIMIT ? OFFSET ?)"
            + ORDER;
    return db.read(
        c ->
            Page.of(
                Rows.list(c, rows, Rows.paged(w.params(), page), EventQueries::item),
                page,
                Rows.count(c, "SELECT count(*)" + FROM + w.sql(), w.params())));
  }

  /** Every event the filter takes, in date order, handed over one at a time (for exports). */
  public void each(EventFilter filter, Consumer<EventItem> sink) {
    Where w = filter.where();
    db.read(
        c -> {
          Rows.each(
              c,
              SELECT + FROM + w.sql() + " ORDER BY e.date, e.article, e.id",
              w.params(),
              r -> sink.accept(item(r)));
          return null;
        });
  }

  static EventItem item(ResultSet r) throws SQLException {
    String place = r.getString("place");
    return new EventItem(
        r.getString("article"),
        r.getString("article_title"),
        r.getString("article_url"),
        r.getString("publisher"),
        r.getString("published"),
        r.getString("ingested"),
        r.getString("id"),
        r.getString("type"),
        r.getString("mode"),
        r.getString("cameo"),
        r.getString("quad_class"),
        Rows.optDouble(r, "goldstein"),
        side(r, "source"),
        side(r, "target"),
        r.getString("date"),
        place == null
            ? null
            : new EventItem.PlaceRef(
                place,
                r.getString("place_country"),
                Rows.optDouble(r, "place_lat"),
                Rows.optDouble(r, "place_lon")),
        r.getInt("negated") != 0,
        r.getInt("hypothetical") != 0,
        new EventItem.Evidence(
            Rows.optInt(r, "evidence_start"),
            Rows.optInt(r, "evidence_end"),
            r.getString("evidence")),
        r.getInt("num_mentions"),
        r.getInt("num_articles"),
        r.getInt("num_sources"));
  }

  private static EventItem.Side side(ResultSet r, String side) throws SQLException {
    return new EventItem.Side(
        r.getString(side + "_name"),
        r.getString(side + "_code"),
        r.getString(side + "_country"),
        r.getString(side + "_sector"));
  }
}
