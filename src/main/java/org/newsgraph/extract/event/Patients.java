package org.newsgraph.extract.event;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/**
 * The one an event noun's act is done to, when the noun names its doer already: in "Kenya's
 * condemnation of the raid" or "the arrest of the leader by police" the "of" phrase cannot be the
 * doer, so it is the one acted on, as the object of the verb would be ("Kenya condemned the raid").
 */
final class Patients {
  private Patients() {}

  /** The noun's "of" phrase, or -1; only call it for a noun whose doer is named otherwise. */
  static int ofPhrase(Sentence s, int noun) {
    for (Dependency d : s.childrenOf(noun)) {
      if (RoleReader.isOfPhrase(s, d)) {
        return d.dependent();
      }
    }
    return -1;
  }
}
