package org.newsgraph.store;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many articles match in all pages
 */
public record SearchResult(long total, List<Hit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  /**
   * A matching article.
   *
   * @param published the publication date, or null
   * @param snippet a few words around the best match, matched words between the query's marks
   */
  public record Hit(String id, String title, String published, String snippet) {}
}
