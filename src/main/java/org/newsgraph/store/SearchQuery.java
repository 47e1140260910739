package org.newsgraph.store;

/**
 * A full-text search: the words, a page, and the marks put around matched words in snippets.
 *
 * @param text the words to find, all of them (FTS5 syntax also works: {@code "a phrase"}, {@code
 *     OR}, {@code NEAR})
 * @param limit results per page, 1 to {@value #MAX_LIMIT}; defaults to {@value #DEFAULT_LIMIT}
 * @param offset how many results to skip
 * @param open the mark before a matched word in a snippet
 * @param close the mark after it
 */
public record SearchQuery(String text, int limit, int offset, String open, String close) {
  /** Results per page when none is asked for: 10. */
  public static final int DEFAULT_LIMIT = 10;

  /** The most results one page may hold: 1000. */
  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("the search text is empty");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
  }

  /** The first page of results for these words, matched words in snippets marked [like this]. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, DEFAULT_LIMIT, 0, "[", "]");
  }

  /** The same query for another page. */
  public SearchQuery page(int newLimit, int newOffset) {
    return new SearchQuery(text, newLimit, newOffset, open, close);
  }
}
