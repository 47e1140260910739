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
    int single = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        // ''like this'' and ``like this'': two single marks are a double one (wire and NYT copy)
        if (open < 0) {
          open = i + 2;
          single = -1;
        } else {
          out.add(new Span(open, i));
          open = -1;
        }
        i++;
        continue;
      }
      if (c == '\n') {
        if (open >= 0 && i + 1 < text.length() && "“\"«".indexOf(text.charAt(i + 1)) >= 0) {
          // A quotation running over paragraphs leaves each one open and opens the next.
          out.add(new Span(open, i));
        }
        open = -1; // an unclosed quote ends with its paragraph
        single = -1;
      } else if (c == '“' || c == '«' || (c == '"' && open < 0)) {
        open = i + 1;
        single = -1; // single marks inside a double quotation belong to it
      } else if ((c == '”' || c == '»' || c == '"') && open >= 0) {
        out.add(new Span(open, i));
        open = -1;
      } else if (open < 0 && single < 0 && opensSingle(text, i)) {
        single = i + 1;
      } else if (open < 0 && single >= 0 && closesSingle(text, i)) {
        out.add(new Span(single, i));
        single = -1;
      }
    }
    return new QuotedSpans(out);
  }

  /** ‘ or a straight ' after a space and before a letter: 'like this' (not an apostrophe). */
  private static boolean opensSingle(String text, int i) {
    char c = text.charAt(i);
    if (c != '‘' && c != '\'') {
      return false;
    }
    boolean before =
        i == 0
            || Character.isWhitespace(text.charAt(i - 1))
            || "(—–".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return before && after;
  }

  /** ’ or ' after a word or stop and before no letter: the end of 'like this'. */
  private static boolean closesSingle(String text, int i) {
    char c = text.charAt(i);
    if (c != '’' && c != '\'') {
      return false;
    }
    boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean after = i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1));
    // "the protesters' demands": a plural possessive is no closing mark unless a stop precedes
    boolean plural =
        i > 0 && text.charAt(i - 1) == 's' && i + 1 < text.length() && text.charAt(i + 1) == ' ';
    return before && after && !plural;
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
