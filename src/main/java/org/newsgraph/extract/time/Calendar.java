package org.newsgraph.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** English calendar words and the choice between the last and the next of a recurring date. */
final class Calendar {

  /** Which of two readings of "Thursday" or "March" a sentence means. */
  enum Direction {
    /** The latest one on or before the publication date (news past tense, the default). */
    PAST,
    /** The earliest one on or after the publication date ("will meet on Friday"). */
    FUTURE
  }

  private static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();
  private static final Pattern MONTH_NAME;
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)|'\\d{2}\\b");

  static {
    for (DayOfWeek d : DayOfWeek.values()) {
      WEEKDAYS.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
      WEEKDAYS.put(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
    }
    WEEKDAYS.put("tues", DayOfWeek.TUESDAY);
    WEEKDAYS.put("thur", DayOfWeek.THURSDAY);
    WEEKDAYS.put("thurs", DayOfWeek.THURSDAY);
    StringBuilder months = new StringBuilder("sept");
    for (Month m : Month.values()) {
      months.append('|').append(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
      months.append('|').append(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
    MONTH_NAME = Pattern.compile("\\b(?:" + months + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  private Calendar() {}

  /** The weekday a text names on its own ("Thursday", "on Thu."), or null. */
  static DayOfWeek bareWeekday(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^on\\s+", "");
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return WEEKDAYS.get(t);
  }

  /** True when the text names a month ("September", "Dec. 10", "5 December"). */
  static boolean namesMonth(String text) {
    return MONTH_NAME.matcher(text).find();
  }

  /** True when the text states a year ("2016", "December 11, 2025", "'98"). */
  static boolean statesYear(String text) {
    return YEAR.matcher(text).find();
  }

  /** The given weekday nearest the publication date in the direction, the date itself included. */
  static LocalDate weekday(DayOfWeek day, LocalDate published, Direction direction) {
    return published.with(
        direction == Direction.PAST
            ? TemporalAdjusters.previousOrSame(day)
            : TemporalAdjusters.nextOrSame(day));
  }

  /**
   * The month (day null) or month-day nearest the publication date in the direction, the
   * publication day and month included; null for a day no year has (February 30).
   */
  static PartialDate monthDay(int month, Integer day, LocalDate published, Direction direction) {
    try {
      int year = published.getYear();
      if (day == null) {
        YearMonth ym = YearMonth.of(year, month);
        YearMonth now = YearMonth.from(published);
        if (direction == Direction.PAST && ym.isAfter(now)) {
          ym = ym.minusYears(1);
        } else if (direction == Direction.FUTURE && ym.isBefore(now)) {
          ym = ym.plusYears(1);
        }
        return new PartialDate(ym.atDay(1), PartialDate.Unit.MONTH);
      }
      LocalDate d = pick(year, month, day);
      if (direction == Direction.PAST && d.isAfter(published)) {
        d = pick(year - 1, month, day);
      } else if (direction == Direction.FUTURE && d.isBefore(published)) {
        d = pick(year + 1, month, day);
      }
      return PartialDate.day(d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate pick(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
