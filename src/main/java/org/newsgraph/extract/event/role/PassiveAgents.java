package org.newsgraph.extract.event.role;

import java.util.Set;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/**
 * Who did what a passive reports when it names no agent with "by": news names the attacker in the
 * fight the victims fell in ("were killed in an ambush by Taliban fighters", "in a clash with
 * Kurdish rebels") or in the clause that says when ("were wounded when guerrillas attacked").
 */
final class PassiveAgents {
  /** Prepositions on the fight's noun that name the other side: "an ambush by", "a clash with". */
  private static final Set<String> SIDE_CASES = Set.of("by", "with");

  /** Subordinators of a clause that tells what happened as the passive's act was done. */
  private static final Set<String> AS_IT_HAPPENED = Set.of("when", "as");

  private PassiveAgents() {}

  /** The agent token of a passive verb with none of its own, or -1. */
  static int of(Sentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("obl") && "in".equals(Prepositions.caseOf(s, d.dependent()))) {
        for (Dependency side : s.childrenOf(d.dependent())) {
          if (side.relation().equals("nmod")
              && SIDE_CASES.contains(String.valueOf(Prepositions.caseOf(s, side.dependent())))) {
            return side.dependent(); // "killed in a clash with Kurdish rebels"
          }
        }
      }
    }
    for (Dependency d : s.childrenOf(verb)) {
      boolean when =
          s.hasChildWord(d.dependent(), "advmod", AS_IT_HAPPENED)
              || s.hasChildWord(d.dependent(), "mark", AS_IT_HAPPENED);
      int subject = when && d.relation().equals("advcl") ? s.child(d.dependent(), "nsubj") : -1;
      if (subject >= 0 && !s.tokens().get(subject).pos().startsWith("PRP")) {
        return subject; // "were wounded when guerrillas attacked their patrol"; not "when they ..."
      }
    }
    return -1;
  }
}
