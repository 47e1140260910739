package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * The stretches of a text inside quotation marks, found from the marks alone: curly quotes pair by
 * direction, straight double quotes pair within a paragraph. Inner single quotes are part of the
 * outer quotation. Offsets are UTF-16 indexes; a span excludes its marks.
 */
public final class QuotedSpans {
  private final List<Span> spans;

  private QuotedSpans(List<Span> spans) {
    this.spans = List.copyOf(spans);
  }

  /** Finds the quoted spans of a text. */
  public static QuotedSpans of(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = -1; // an unclosed quote ends with its paragraph
      } else if (c == '“' || c == '«' || (c == '"' && open < 0)) {
        open = i + 1;
      } else if ((c == '”' || c == '»' || c == '"') && open >= 0) {
        out.add(new Span(open, i));
        open = -1;
      }
    }
    return new QuotedSpans(out);
  }

  /** Every quoted span, in text order. */
  public List<Span> spans() {
    return spans;
  }

  /** Whether the offset lies inside quotation marks. */
  public boolean inside(int offset) {
    for (Span s : spans) {
      if (s.start() <= offset && offset < s.end()) {
        return true;
      }
    }
    return false;
  }
}
