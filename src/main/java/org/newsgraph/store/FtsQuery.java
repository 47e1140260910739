package org.newsgraph.store;

import java.util.stream.Collectors;

/** Turns what a person typed into an FTS5 query. */
public final class FtsQuery {
  private FtsQuery() {}

  /**
   * Every word of the text as a quoted FTS5 string, all required: "U.S. sanctions" finds the
   * articles with both, and no character is FTS5 syntax.
   */
  public static String words(String text) {
    return java.util.Arrays.stream(text.strip().split("\\s+"))
        .map(w -> "\"" + w.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(" "));
  }
}
