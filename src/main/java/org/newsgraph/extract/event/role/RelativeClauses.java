package org.newsgraph.extract.event.role;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/** The noun a relative pronoun stands for: in "rebels who attacked a police post", the rebels. */
final class RelativeClauses {
  private RelativeClauses() {}

  /**
   * The noun a relative clause describes, when the token is that clause's relative pronoun ("who",
   * "which", "that"); -1 otherwise.
   */
  static int antecedent(Sentence s, int pronoun) {
    if (pronoun < 0 || !s.tokens().get(pronoun).pos().startsWith("W")) {
      return -1;
    }
    Dependency role = s.headOf(pronoun);
    Dependency clause = role == null || role.governor() < 0 ? null : s.headOf(role.governor());
    return clause != null && clause.governor() >= 0 && clause.relation().equals("acl:relcl")
        ? clause.governor()
        : -1;
  }
}
