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
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return words.contains(w.toLowerCase(Locale.ROOT).replace(".", ""));
  }

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
