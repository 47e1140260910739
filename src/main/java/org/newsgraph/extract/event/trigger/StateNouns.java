package org.newsgraph.extract.event.trigger;

import java.util.Set;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.nlp.Sentence;

/**
 * Restrictions named as the circumstances of something else ("under martial law", "during the
 * curfew", "a town under sanctions"): the state a place or people are in, not an act the sentence
 * reports. A restriction whose imposing the phrase tells ("under a curfew imposed on Monday") is
 * still an act.
 */
public final class StateNouns {
  /** Prepositions that name a state something happens in. */
  private static final Set<String> CIRCUMSTANCE = Set.of("under", "during");

  /** Categories of restrictions, which a place can be under. */
  private static final Set<String> RESTRICTIONS = Set.of("COERCE", "SANCTION");

  private StateNouns() {}

  /** Whether the noun trigger names the state something happens in rather than an act. */
  public static boolean circumstance(Sentence s, TriggerLexicon.Match m) {
    if (!m.trigger().noun() || !RESTRICTIONS.contains(m.trigger().type())) {
      return false;
    }
    String c = Prepositions.caseOf(s, m.head());
    return c != null
        && CIRCUMSTANCE.contains(c)
        && s.childrenOf(m.head()).stream().noneMatch(d -> d.relation().startsWith("acl"));
  }
}
