package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a statement with its parameters and maps its rows. */
final class Rows {
  private Rows() {}

  /** Maps one row; the result set is on it. */
  @FunctionalInterface
  interface Mapper<T> {
    T map(ResultSet r) throws SQLException;
  }

  static <T> List<T> list(Connection db, String sql, List<Object> params, Mapper<T> mapper)
      throws SQLException {
    List<T> out = new ArrayList<>();
    each(db, sql, params, r -> out.add(mapper.map(r)));
    return out;
  }

  /** Hands each row to the sink as it is read (for exports of any size). */
  static void each(Connection db, String sql, List<Object> params, Sink sink) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sink.row(r);
        }
      }
    }
  }

  /** Takes one row. */
  @FunctionalInterface
  interface Sink {
    void row(ResultSet r) throws SQLException;
  }

  static long count(Connection db, String sql, List<Object> params) throws SQLException {
    List<Long> n = list(db, sql, params, r -> r.getLong(1));
    return n.isEmpty() ? 0 : n.get(0);
  }

  /**
   * One page: {@code select + from + where + order} limited to the page, and the count of {@code
   * from + where} in all pages.
   */
  static <T> Page<T> page(
      Connection db,
      String select,
      String from,
      Where where,
      String order,
      PageRequest page,
      Mapper<T> mapper)
      throws SQLException {
    return page(db, select, from, from, where, order, page, mapper);
  }

  /**
   * One page as above, counted over {@code countFrom + where} (a cheaper join that counts alike).
   */
  static <T> Page<T> page(
      Connection db,
      String select,
      String from,
      String countFrom,
      Where where,
      String order,
      PageRequest page,
      Mapper<T> mapper)
      throws SQLException {
    List<T> items =
        list(
            db,
            select + from + where.sql() + order + " LIMIT ? OFFSET ?",
            paged(where.params(), page),
            mapper);
    return Page.of(
        items, page, count(db, "SELECT count(*)" + countFrom + where.sql(), where.params()));
  }

  /** The params with limit and offset appended, for "LIMIT ? OFFSET ?". */
  static List<Object> paged(List<Object> params, PageRequest page) {
    List<Object> out = new ArrayList<>(params);
    out.add(page.size());
    out.add(page.offset());
    return out;
  }

  /** A nullable double column. */
  static Double optDouble(ResultSet r, String column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }

  /** A nullable integer column. */
  static Integer optInt(ResultSet r, String column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }
}
