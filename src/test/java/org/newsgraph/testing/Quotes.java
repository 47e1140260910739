package org.newsgraph.testing;

import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Quote;

/** Finds a record's quotations by their words, for tests that check one of them. */
public final class Quotes {
  private Quotes() {}

  /** The first quotation whose text holds the words; fails the test, listing all, if none does. */
  public static Quote quoting(AnalysisRecord r, String words) {
    return r.quotes().stream()
        .filter(q -> q.text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + r.quotes()));
  }
}
