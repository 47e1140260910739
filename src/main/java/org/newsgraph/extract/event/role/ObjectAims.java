package org.newsgraph.extract.event.role;

import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/**
 * Whom a trigger's own object is aimed at: in "imposed sanctions on Pyongyang" or "cut ties with
 * Doha" the object is a word of the trigger, and the phrase hung on it names the target.
 */
final class ObjectAims {
  private ObjectAims() {}

  /**
   * The prepositional phrase on the object word that names whom the act of the category is aimed at
   * ("sanctions on Pyongyang", "ties with Doha", "aid to the refugees"), or -1.
   */
  static int of(Sentence s, int object, String type) {
    for (Dependency d : s.childrenOf(object)) {
      String prep = Prepositions.caseOf(s, d.dependent());
      if (d.relation().equals("nmod")
          && (Prepositions.aimsAt(prep) || RoleCases.NOUNS.introducesTarget(type, prep))) {
        return d.dependent();
      }
    }
    return -1;
  }
}
