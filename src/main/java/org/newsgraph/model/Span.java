package org.newsgraph.model;

/** A half-open character range [start, end) in a text; rejects impossible offsets. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Checks that this span lies inside a text of the given length. */
  public Span within(int textLength) {
    if (end > textLength) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") outside text of length " + textLength);
    }
    return this;
  }

  public int length() {
    return end - start;
  }
}
