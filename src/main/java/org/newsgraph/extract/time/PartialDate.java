package org.newsgraph.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to a year, month, ISO week or day: the values this layer can move and
 * truncate. {@code date} is the first day of the period.
 */
record PartialDate(LocalDate date, Unit unit) {

  /** How much of the date is known; also the units offsets are counted in. */
  enum Unit {
    YEAR,
    MONTH,
    WEEK,
    DAY
  }

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?");

  /** Parses "2025", "2025-09", "2025-W50" or "2025-12-11"; null for anything else. */
  static PartialDate parse(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = ISO.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(4) != null) {
        int week = Integer.parseInt(m.group(4));
        LocalDate monday =
            LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new PartialDate(monday, Unit.WEEK);
      }
      if (m.group(3) != null) {
        return new PartialDate(
            LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
            Unit.DAY);
      }
      if (m.group(2) != null) {
        return new PartialDate(LocalDate.of(year, Integer.parseInt(m.group(2)), 1), Unit.MONTH);
      }
      return new PartialDate(LocalDate.of(year, 1, 1), Unit.YEAR);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static PartialDate day(LocalDate date) {
    return new PartialDate(date, Unit.DAY);
  }

  /**
   * This date moved by {@code count} units (negative: back), or null when the unit is finer than
   * what is known (a day after "September" is not a date).
   */
  PartialDate plus(long count, Unit by) {
    boolean fits =
        switch (by) {
          case DAY -> unit == Unit.DAY;
          case WEEK -> unit == Unit.DAY || unit == Unit.WEEK;
          case MONTH -> unit == Unit.DAY || unit == Unit.MONTH;
          case YEAR -> true;
        };
    if (!fits) {
      return null;
    }
    LocalDate moved =
        switch (by) {
          case DAY -> date.plusDays(count);
          case WEEK -> date.plusWeeks(count);
          case MONTH -> date.plusMonths(count);
          case YEAR -> date.plusYears(count);
        };
    return new PartialDate(moved, unit);
  }

  /** The period of the given size that contains this date; itself when it is already coarser. */
  PartialDate truncatedTo(Unit to) {
    if (to.ordinal() >= unit.ordinal() || (to == Unit.MONTH && unit == Unit.WEEK)) {
      return this;
    }
    return switch (to) {
      case YEAR -> new PartialDate(date.withDayOfYear(1), Unit.YEAR);
      case MONTH -> new PartialDate(date.withDayOfMonth(1), Unit.MONTH);
      case WEEK ->
          new PartialDate(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), Unit.WEEK);
      case DAY -> this;
    };
  }

  /** The ISO 8601 text at this date's precision. */
  String iso() {
    return switch (unit) {
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR),
              date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case DAY -> date.toString();
    };
  }
}
