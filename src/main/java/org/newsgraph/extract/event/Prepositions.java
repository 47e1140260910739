package org.newsgraph.extract.event;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * What the preposition of a nominal says, as triggers, roles and actors all read it: whether it
 * places an act, aims it at someone, or names whose a thing is.
 */
public final class Prepositions {
  /** Prepositions that place an event: "in Caracas", "to the Caribbean". */
  public static final Set<String> PLACE_CASES = Set.of("in", "to", "at", "near", "into", "off");

  /** Prepositions whose object is the target: "a call with Putin", "support for Caracas". */
  private static final Set<String> TARGET_CASES =
      Set.of("with", "for", "against", "on", "to", "toward", "towards", "between");

  private Prepositions() {}

  /** Whether a preposition points at whom something is aimed: "against Lima", "with Quito". */
  public static boolean aimsAt(String preposition) {
    return preposition != null && TARGET_CASES.contains(preposition);
  }

  /**
   * Whether the dependency is an "of" phrase on a noun: "thousands of Kurds", "officers of Sudan".
   */
  public static boolean isOfPhrase(Sentence s, Dependency d) {
    return d.relation().equals("nmod") && "of".equals(caseOf(s, d.dependent()));
  }

  /**
   * The preposition of a nominal, from its "case" child; of two, the preposition proper ("based in
   * Beirut": "in", which the parser hangs beside "based").
   */
  public static String caseOf(Sentence s, int nominal) {
    String first = null;
    for (Dependency d : s.childrenOf(nominal)) {
      if (d.relation().equals("case")) {
        Token t = s.tokens().get(d.dependent());
        String word = t.word().toLowerCase(Locale.ROOT);
        if (!t.isVerb()) {
          return word;
        }
        first = first == null ? word : first;
      }
    }
    return first;
  }
}
