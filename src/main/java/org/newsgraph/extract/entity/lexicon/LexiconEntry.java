package org.newsgraph.extract.entity.lexicon;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One line of a lexicon file.
 *
 * <p>The period a line holds runs from {@code from} (inclusive) to {@code to} (exclusive): {@code
 * to} is the handover day, which already belongs to the successor. Either end may be null (open).
 *
 * @param name the canonical name, the first of {@code names}
 * @param names every name of the line, as written in the file
 * @param country ISO 3166-1 alpha-3 code, or null
 * @param sector CAMEO actor role code (GOV, MIL, ...), or null
 * @param note why the line is there, or null
 * @param file the file the line came from, for messages
 * @param line the line number in that file, from 1
 */
public record LexiconEntry(
    EntryKind kind,
    String name,
    List<String> names,
    String country,
    String sector,
    LocalDate from,
    LocalDate to,
    String note,
    String file,
    int line) {

  public LexiconEntry {
    Objects.requireNonNull(kind, "kind");
    names = List.copyOf(names);
    if (names.isEmpty() || !names.get(0).equals(name)) {
      throw new IllegalArgumentException("name " + name + " is not the first of " + names);
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("from " + from + " is not before to " + to);
    }
  }

  /**
   * Whether the line holds on the day: {@code from <= date < to}, open ends always holding.
   *
   * @param date the day; null means today (UTC)
   */
  public boolean validOn(LocalDate date) {
    LocalDate day = date == null ? LocalDate.now(ZoneOffset.UTC) : date;
    return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
  }

  /** Whether either end of the period is given. */
  public boolean isDated() {
    return from != null || to != null;
  }
}
