package org.newsgraph.extract.event.role;

import java.util.Set;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/** What kind of phrase a role token is: a verb's direct object, a party of a cooperative act. */
final class RolePhrases {
  /** Prepositions that introduce a party of a cooperative act: "talks with Quito". */
  private static final Set<String> PARTY_CASES = Set.of("with", "between", "to");

  private RolePhrases() {}

  /**
   * Whether the role phrase names a party of a cooperative act rather than its topic: a direct
   * object ("met Putin"), or a "with", "between" or "to" phrase ("talks with Quito").
   */
  static boolean partyPhrase(Sentence s, int token) {
    String prep = token < 0 ? null : Prepositions.caseOf(s, token);
    return isObject(s, token) || prep != null && PARTY_CASES.contains(prep);
  }

  /** Whether the token is a verb's direct object. */
  static boolean isObject(Sentence s, int token) {
    Dependency up = token < 0 ? null : s.headOf(token);
    return up != null && up.relation().equals("obj");
  }
}
