package org.newsgraph.store.query;

import java.util.Locale;

/** Word search without an index: every word must occur in the column, case aside. */
final class Words {
  private Words() {}

  static void addTo(Where where, String column, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String word : text.strip().split("\\s+")) {
      where.and("instr(lower(" + column + "), ?) > 0", word.toLowerCase(Locale.ROOT));
    }
  }
}
