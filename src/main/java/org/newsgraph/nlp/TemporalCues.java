package org.newsgraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.rules.RuleFile;

/**
 * Whether a sentence may hold a time expression, from the words of {@code nlp/temporal-cues.txt}.
 */
final class TemporalCues {
  private final Set<String> words;

  private TemporalCues(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  static TemporalCues builtIn() {
    return new TemporalCues(RuleFile.words("/nlp/temporal-cues.txt"));
  }

  /**
   * Tokens kept on each side of a cue. Four keep every date that windows of seven found on PolNeAR
   * dev but 2 of 919 ("current", "time"), at three quarters of the cost of seven.
   */
  static final int WINDOW = 4;

  /** True when a token is a cue word or holds a digit. */
  boolean isCue(Token t) {
    String w = t.word();
    // Digits are a time only as a year ("2016", "1990s", "'08") or a clock time ("3:30",
    // "10pm"); counts and sums ("$27", "55 percent", "100,000") are most digits in news.
    if (YEAR_OR_CLOCK.matcher(w).matches() || CLOCK_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return words.contains(w.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** "7 p.m.": the tokenizer gives the clock its own token. */
  private static final Set<String> CLOCK_WORDS = Set.of("a.m.", "p.m.", "a.m", "p.m", "pm");

  private static final java.util.regex.Pattern YEAR_OR_CLOCK =
      java.util.regex.Pattern.compile(
          "(?:1[89]|20)\\d\\d(?:s|'s)?|'\\d\\d|\\d{1,2}(?::\\d\\d)?[ap]\\.?m\\.?|\\d{1,2}:\\d\\d"
              + "|\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{4}-\\d\\d(?:-\\d\\d)?",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The token ranges [from, to) around the cues of a sentence, merged where they touch. */
  List<int[]> windows(List<Token> tokens) {
    List<int[]> out = new java.util.ArrayList<>();
    for (Token t : tokens) {
      if (!isCue(t)) {
        continue;
      }
      int from = Math.max(0, t.index() - WINDOW);
      int to = Math.min(tokens.size(), t.index() + WINDOW + 1);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        out.add(new int[] {from, to});
      }
    }
    return out;
  }
}
