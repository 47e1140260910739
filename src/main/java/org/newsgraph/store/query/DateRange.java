package org.newsgraph.store.query;

import java.util.regex.Pattern;

/**
 * Dates from and to, both inclusive, either open; ISO and possibly partial ({@code 2025}, {@code
 * 2025-12}, {@code 2025-12-10}): {@code to=2025-12} takes in all of December.
 */
public record DateRange(String from, String to) {
  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** No bound either way. */
  public static final DateRange ALL = new DateRange(null, null);

  public DateRange {
    check("from", from);
    check("to", to);
  }

  private static void check(String name, String value) {
    if (value != null && !ISO.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be an ISO date (2025, 2025-12 or 2025-12-10), got '" + value + "'");
    }
  }

  /** Adds the bounds on the SQL expression {@code column} (an ISO date text) to the clause. */
  void addTo(Where where, String column) {
    if (from != null) {
      where.and(column + " >= ?", from);
    }
    if (to != null) {
      // A prefix compare: every date of the 'to' day, month or year is in.
      where.and("substr(" + column + ", 1, " + to.length() + ") <= ?", to);
    }
  }
}
