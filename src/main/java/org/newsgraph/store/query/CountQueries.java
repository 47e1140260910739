package org.newsgraph.store.query;

import java.util.List;

/** Events counted by period and PLOVER category. */
public final class CountQueries {
  private final ReadDb db;

  public CountQueries(ReadDb db) {
    this.db = db;
  }

  /**
   * The counts of the events the filter takes, by period and type, in period order; events dated
   * less precisely than the interval are left out.
   */
  public List<PeriodCount> counts(Interval interval, EventFilter filter) {
    Where w = filter.where().and(interval.period + " IS NOT NULL");
    String sql =
        "SELECT "
            + interval.period
            + " AS period, e.type, count(*) FROM "
            + EventCounts.EVENTS
            + " e"
            + w.sql()
            + " GROUP BY 1, 2 ORDER BY 1, 2";
    return db.read(
        c ->
            Rows.list(
                c,
                sql,
                w.params(),
                r -> new PeriodCount(r.getString(1), r.getString(2), r.getLong(3))));
  }
}
