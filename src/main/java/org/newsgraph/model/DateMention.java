package org.newsgraph.model;

/**
 * A time expression and its normalized value.
 *
 * @param value ISO 8601, possibly partial (2025-12, 2025) or a range start; null if unresolved
 * @param relation how the value relates to the text: "on" (the default), "since", "before",
 *     "after", "approx"
 * @param anchor what a relative expression was resolved against: "published", "text" (an earlier
 *     date in the article), or null for an absolute date
 */
public record DateMention(
    String text, String value, int start, int end, String relation, String anchor) {
  public DateMention {
    new Span(start, end);
  }
}
