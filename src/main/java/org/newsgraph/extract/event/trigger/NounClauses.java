package org.newsgraph.extract.event.trigger;

import java.util.Set;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Clauses that modify a noun and say what its referent is or does as a rule, not an act the
 * sentence reports: a present participle ("rebels fighting to topple the government", "a team
 * trying to broker a pact") or a relative clause in the present or under a modal ("peacekeepers who
 * are deployed to oversee a ceasefire", "a plan that will not allow Hamas candidates"). A past
 * participle or a past relative clause ("weapons seized last year", "where 28 were killed in
 * March") tells of an act that took place, and is kept.
 */
public final class NounClauses {
  /** Relations by which an act hangs inside the clause it belongs to. */
  private static final Set<String> INSIDE = Set.of("xcomp", "obj", "conj", "ccomp");

  private static final Set<String> PRESENT_TAGS = Set.of("VBP", "VBZ");

  private NounClauses() {}

  /** Whether the trigger sits in a clause that describes a noun rather than reporting an act. */
  public static boolean describes(Sentence s, int trigger) {
    int at = trigger;
    for (int steps = 0; steps < 4; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0) {
        return false;
      }
      String rel = up.relation();
      if (rel.startsWith("acl")) {
        // a participle on a text states what it says, which the sentence reports ("issued a
        // statement accusing Lima of smuggling")
        return !CarrierWords.isDocumentNoun(s.tokens().get(up.governor()))
            && (rel.equals("acl") ? presentParticiple(s, at) : presentOrModal(s, at));
      }
      if (!(INSIDE.contains(rel) || rel.startsWith("nmod") || rel.startsWith("obl"))) {
        return false;
      }
      at = up.governor();
    }
    return false;
  }

  /** "fighting" in "rebels fighting the army", with no auxiliary of its own. */
  private static boolean presentParticiple(Sentence s, int clause) {
    return s.tokens().get(clause).pos().equals("VBG")
        && s.childrenOf(clause).stream().noneMatch(d -> d.relation().startsWith("aux"));
  }

  /**
   * "who patrol", "that is deployed", "that will not allow": a simple present, a present of "be"
   * (progressive, passive) or a modal; but not a present perfect ("who has killed"), which tells of
   * an act done.
   */
  private static boolean presentOrModal(Sentence s, int clause) {
    Token verb = s.tokens().get(clause);
    boolean present = PRESENT_TAGS.contains(verb.pos()) && !verb.lemma().equals("have");
    for (Dependency d : s.childrenOf(clause)) {
      if (!(d.relation().startsWith("aux") || d.relation().equals("cop"))) {
        continue;
      }
      Token aux = s.tokens().get(d.dependent());
      if (aux.lemma().equals("have")) {
        return false;
      }
      present |= aux.pos().equals("MD") || PRESENT_TAGS.contains(aux.pos());
    }
    return present;
  }
}
