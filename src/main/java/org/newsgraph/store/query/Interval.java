package org.newsgraph.store.query;

import java.util.Locale;

/** The length of the periods events are counted over. */
public enum Interval {
  /** {@code 2025-12-10}; events dated to the day only. */
  DAY("CASE WHEN length(e.date) >= 10 THEN substr(e.date, 1, 10) END"),
  /** ISO weeks, {@code 2025-W50}; events dated to the day only. */
  WEEK("CASE WHEN length(e.date) >= 10 THEN strftime('%G-W%V', substr(e.date, 1, 10)) END"),
  /** {@code 2025-12}; events dated to the month or the day. */
  MONTH("CASE WHEN length(e.date) >= 7 THEN substr(e.date, 1, 7) END");

  final String period;

  Interval(String period) {
    this.period = period;
  }

  /** The interval named ({@code day}, {@code week}, {@code month}, case aside). */
  public static Interval parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "interval must be day, week or month, got '" + name + "'", e);
    }
  }

  /** The lower-case name, as the API writes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
