package org.newsgraph.export;

import java.util.function.Function;
import org.newsgraph.store.query.EventItem;

/**
 * A column of a flat export: its name, its SQL type (for Parquet), and its value for an event (null
 * when Newsgraph has none).
 */
record Column(String name, String sqlType, Function<EventItem, Object> value) {
  static Column text(String name, Function<EventItem, Object> value) {
    return new Column(name, "VARCHAR", value);
  }

  static Column integer(String name, Function<EventItem, Object> value) {
    return new Column(name, "BIGINT", value);
  }

  static Column real(String name, Function<EventItem, Object> value) {
    return new Column(name, "DOUBLE", value);
  }

  static Column bool(String name, Function<EventItem, Object> value) {
    return new Column(name, "BOOLEAN", value);
  }
}
