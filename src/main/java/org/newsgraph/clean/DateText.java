package org.newsgraph.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Month-name dates as articles and embeds write them, turned into ISO dates. */
final class DateText {
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");

  private DateText() {}

  /** The month 1-12 of a name ("Dec", "Sept.", "December") or a number ("12"); 0 if neither. */
  static int month(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    if (!t.isEmpty() && t.length() <= 2 && t.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(t);
    }
    if (t.length() < 3) {
      return 0;
    }
    String[] names = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    for (int m = 0; m < names.length; m++) {
      if (names[m].startsWith(t)) {
        return m + 1;
      }
    }
    return 0;
  }

  /** yyyy-mm-dd, or null when the parts are not a real date. */
  static String iso(String year, String month, String day) {
    if (year == null || month == null || day == null) {
      return null;
    }
    try {
      int y = Integer.parseInt(year.strip());
      int d = Integer.parseInt(day.strip());
      return LocalDate.of(y, month(month), d).toString();
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  /** "December 11, 2025" or "Dec. 11 2025" as yyyy-mm-dd; null for anything else. */
  static String parseMonthDayYear(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = MONTH_DAY_YEAR.matcher(text.strip());
    return m.matches() ? iso(m.group(3), m.group(1), m.group(2)) : null;
  }
}
