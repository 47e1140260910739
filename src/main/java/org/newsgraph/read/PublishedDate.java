package org.newsgraph.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The date part of a publication date a source gives, as the record wants it. */
final class PublishedDate {
  private PublishedDate() {}

  /**
   * {@code 2031-04-02T10:00:00Z} gives {@code 2031-04-02}; a value that does not start with an ISO
   * date gives null, so the cleaner's dateline finder gets its chance.
   */
  static String isoDate(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(v.substring(0, 10)).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
