package org.newsgraph.model;

/** A stretch of the article text that refers to something, with its offsets. */
public record Mention(int start, int end, String text) {
  public Mention {
    new Span(start, end);
    if (text == null) {
      throw new IllegalArgumentException("mention text is null at [" + start + ", " + end + ")");
    }
  }

  /** Cuts the mention for [start, end) out of the text. */
  public static Mention of(String text, int start, int end) {
    new Span(start, end).within(text.length());
    return new Mention(start, end, text.substring(start, end));
  }
}
