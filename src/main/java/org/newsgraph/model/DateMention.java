package org.newsgraph.model;

/**
 * A time expression and its normalized value.
 *
 * @param value ISO 8601, possibly partial (2025-12, 2025, 2025-W50) or a range start; null if
 *     unresolved
 * @param relation how the text relates to the value: "on" (the default), "since", "until",
 *     "before", "after", "approx"
 * @param anchor what a relative expression was resolved against: "published", "text" (an earlier
 *     date in the article), "event" (an action the article names, see {@code anchorText}; the value
 *     stays null until the event layer dates it), or null for an absolute date
 * @param offset for "one day after X", "two days before X", "a week later": the ISO 8601 duration
 *     from the anchor, signed ("P1D", "-P2D", "P7D"; "-PXD" when the count is not given); the
 *     value, when known, is the anchor already moved by it. Null for other expressions
 * @param anchorText the words naming the anchor ("the call", "December 9"); when not null they are
 *     the end of {@code text}, so they lie at [end - anchorText.length(), end). Null otherwise
 */
public record DateMention(
    String text,
    String value,
    int start,
    int end,
    String relation,
    String anchor,
    String offset,
    String anchorText) {
  public DateMention {
    new Span(start, end);
  }

  /** A mention without offset or anchor text. */
  public DateMention(
      String text, String value, int start, int end, String relation, String anchor) {
    this(text, value, start, end, relation, anchor, null, null);
  }
}
