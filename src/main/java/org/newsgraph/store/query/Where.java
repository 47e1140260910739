package org.newsgraph.store.query;

import java.util.ArrayList;
import java.util.List;

/** A SQL WHERE clause built from conditions joined by AND, with its parameters in order. */
final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds a condition with its parameters. */
  Where and(String condition, Object... values) {
    conditions.add("(" + condition + ")");
    params.addAll(List.of(values));
    return this;
  }

  /** Adds the condition when {@code value} is given, binding it to every {@code ?}. */
  Where andIf(String value, String condition) {
    if (value != null && !value.isBlank()) {
      int n = condition.length() - condition.replace("?", "").length();
      Object[] values = new Object[n];
      java.util.Arrays.fill(values, value);
      and(condition, values);
    }
    return this;
  }

  /** Adds every condition of the other clause. */
  Where andAll(Where other) {
    conditions.addAll(other.conditions);
    params.addAll(other.params);
    return this;
  }

  /** " WHERE a AND b", or "" when there is no condition. */
  String sql() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  List<Object> params() {
    return params;
  }
}
