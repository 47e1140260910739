package org.newsgraph.store.query;

/**
 * Which articles to list; every field may be null (no condition).
 *
 * @param q a full-text query (all the words, or FTS5 syntax)
 * @param dates the publication date
 * @param publisher the publisher, case aside
 */
public record ArticleFilter(String q, DateRange dates, String publisher) {
  /** Every article. */
  public static final ArticleFilter ALL = new ArticleFilter(null, DateRange.ALL, null);

  public ArticleFilter {
    dates = dates == null ? DateRange.ALL : dates;
  }

  Where where() {
    Where w = new Where();
    w.andIf(publisher, "a.publisher = ? COLLATE NOCASE");
    dates.addTo(w, "a.published");
    return w;
  }
}
