package org.newsgraph.extract;

import java.util.Set;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/** Clause facts several extractors read the same way, robust to the parser's slips. */
public final class Clauses {
  private static final Set<String> CLOSING_QUOTES = Set.of("''", "\"", "”", "’");

  private Clauses() {}

  /** Whether a comma comes just before the token, maybe inside a closing quotation mark. */
  public static boolean afterComma(Sentence s, int token) {
    int i = token - 1;
    if (i > 0 && CLOSING_QUOTES.contains(s.tokens().get(i).word())) {
      i--;
    }
    return i >= 0 && s.tokens().get(i).word().equals(",");
  }

  /**
   * ", alleging ...", ", noting ...": a participle after a comma whose subject is the main
   * clause's, whatever the parser attached it to.
   */
  public static boolean isTrailingParticiple(Sentence s, int token) {
    return s.tokens().get(token).pos().equals("VBG") && afterComma(s, token);
  }

  /** The sentence's root word, or -1 when it was not parsed. */
  public static int root(Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        return d.dependent();
      }
    }
    return -1;
  }
}
