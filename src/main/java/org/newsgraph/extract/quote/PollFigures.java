package org.newsgraph.extract.quote;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.QuotedSpans;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * A poll's figures as the subject of "said": "In a Harbor Institute poll, 61 percent said ...". The
 * figure is the poll's finding, so the poll the sentence names is the source; the words are read
 * from {@code quote/poll-figures.tsv}.
 */
final class PollFigures {
  private static final Set<String> FIGURES = new HashSet<>();
  private static final Set<String> POLLS = new HashSet<>();

  static {
    for (RuleFile.Line line : RuleFile.read("/quote/poll-figures.tsv")) {
      String[] f = line.fields();
      String word = f.length < 2 ? "" : f[1].strip().toLowerCase(Locale.ROOT);
      if (word.isEmpty() || !f[0].strip().matches("figure|poll")) {
        throw line.error("expected: figure|poll, word");
      }
      (f[0].strip().equals("poll") ? POLLS : FIGURES).add(word);
    }
  }

  private PollFigures() {}

  /** The poll that speaks for a figure subject, or the subject itself. */
  static int source(Sentence s, int subject, QuotedSpans quoted) {
    if (subject < 0 || !isFigure(s.tokens().get(subject))) {
      return subject;
    }
    for (Token t : s.tokens()) {
      if (POLLS.contains(t.word().toLowerCase(Locale.ROOT)) && !quoted.inside(t.start())) {
        return t.index();
      }
    }
    return subject;
  }

  private static boolean isFigure(Token t) {
    return t.pos().equals("CD") || FIGURES.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
