package org.newsgraph.extract.event.role;

import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/**
 * The doer and the one acted on of an event noun: a participle's agent is the doer ("the protest
 * staged by students"), and when the doer is named, as in "Kenya's condemnation of the raid" or
 * "the arrest of the leader by police", the "of" phrase cannot be the doer, so it is the one acted
 * on, as the object of the verb would be ("Kenya condemned the raid").
 */
final class Patients {
  private Patients() {}

  /** The noun's "of" phrase, or -1; only call it for a noun whose doer is named otherwise. */
  static int ofPhrase(Sentence s, int noun) {
    for (Dependency d : s.childrenOf(noun)) {
      if (Prepositions.isOfPhrase(s, d)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * The participle on an event noun that names its doer with "by" ("the demonstration staged by
   * students", "attacks carried out by militants against the army"), or -1.
   */
  static int participleWithAgent(Sentence s, int noun) {
    for (Dependency d : s.childrenOf(noun)) {
      String tag = s.tokens().get(d.dependent()).pos();
      if (d.relation().equals("acl") && (tag.equals("VBN") || tag.equals("VBD"))) {
        if (agent(s, d.dependent()) >= 0) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /** The "by" phrase of a participle, or -1. */
  static int agent(Sentence s, int participle) {
    for (Dependency by : s.childrenOf(participle)) {
      if (by.relation().startsWith("obl") && "by".equals(Prepositions.caseOf(s, by.dependent()))) {
        return by.dependent();
      }
    }
    return -1;
  }
}
