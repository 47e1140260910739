package org.newsgraph.extract.quote;

import java.util.Locale;
import java.util.Map;
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
  private static final Map<String, Set<String>> KINDS =
      RuleFile.kinds("/quote/poll-figures.tsv", "figure", "poll");
  private static final Set<String> FIGURES = KINDS.get("figure");
  private static final Set<String> POLLS = KINDS.get("poll");

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

  /** Whether the token is a figure: a number, or a word of the list ("percent", "half"). */
  static boolean isFigure(Token t) {
    return t.pos().equals("CD") || FIGURES.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
