package org.newsgraph.eval;

import java.util.List;

/**
 * The three kinds of quote, and the rule that gives a kind to a gold attribution that has none
 * (PolNeAR): <b>direct</b> when at least {@value #DIRECT_SHARE} of the content's letters and digits
 * lie inside quotation marks, <b>partial</b> when some do, else <b>indirect</b>.
 *
 * <p>Quotation marks are found in the whole text, not in the content span alone, since annotators
 * may leave the marks outside it: curly quotes pair by direction, straight double quotes (and two
 * apostrophes, as in some wire copy: {@code ''like this''}) toggle, {@code ``} opens, and a
 * quotation still open at the end of a paragraph runs to it (the convention for quotations that go
 * on into the next paragraph, which opens with a fresh mark).
 */
public final class Kinds {
  public static final String DIRECT = "direct";
  public static final String PARTIAL = "partial";
  public static final String INDIRECT = "indirect";

  /** Every kind, in report order. */
  public static final List<String> ALL = List.of(DIRECT, PARTIAL, INDIRECT);

  /** The share of the content inside quotation marks from which it counts as direct. */
  public static final double DIRECT_SHARE = 0.9;

  private Kinds() {}

  /**
   * The kind of the content made of the given fragments of {@code text}.
   *
   * @param fragments pairs of UTF-16 offsets, start inclusive and end exclusive
   */
  public static String of(String text, List<int[]> fragments) {
    boolean[] quoted = quotedChars(text);
    int inside = 0;
    int all = 0;
    for (int[] f : fragments) {
      for (int i = f[0]; i < f[1] && i < text.length(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          all++;
          if (quoted[i]) {
            inside++;
          }
        }
      }
    }
    if (all == 0 || inside == 0) {
      return INDIRECT;
    }
    return inside >= DIRECT_SHARE * all ? DIRECT : PARTIAL;
  }

  /** Which characters of the text lie inside quotation marks (the marks themselves do not). */
  static boolean[] quotedChars(String text) {
    boolean[] quoted = new boolean[text.length()];
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        // Two apostrophes or backquotes: the ASCII quotation marks of some wire copy.
        c = c == '`' ? '“' : '"';
        i++;
      }
      if (c == '\n') {
        mark(quoted, open, i);
        open = -1;
      } else if (c == '“' || c == '«' || (c == '"' && open < 0)) {
        mark(quoted, open, i); // a second opening mark restarts the quotation
        open = i + 1;
      } else if ((c == '”' || c == '»' || c == '"') && open >= 0) {
        mark(quoted, open, i);
        open = -1;
      }
    }
    mark(quoted, open, text.length());
    return quoted;
  }

  private static void mark(boolean[] quoted, int from, int to) {
    for (int i = Math.max(from, 0); from >= 0 && i < to; i++) {
      quoted[i] = true;
    }
  }
}
