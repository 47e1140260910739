package org.newsgraph.extract.event.trigger;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/**
 * Acts named by a gerund that is the subject of a judgement ("removing the sanctions is out of the
 * question", "attacking Iraq would be a mistake"): an act in general, which nobody is said to have
 * done; but "shelling the town killed 12" tells of an act done.
 */
public final class GerundSubjects {
  private GerundSubjects() {}

  /** Whether the trigger is, or is the object of, a gerund clause that is a clausal subject. */
  public static boolean generic(Sentence s, int trigger) {
    int at = trigger;
    for (int steps = 0; steps < 3; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0) {
        return false;
      }
      if (up.relation().startsWith("csubj")
          || up.relation().equals("nsubj") && s.child(at, "obj") >= 0) {
        // the parser may call "removing the sanctions" a plain subject; its object shows a verb
        return s.tokens().get(at).pos().equals("VBG")
            && s.child(at, "nsubj") < 0
            && s.child(at, "det") < 0
            && judgement(s, up.governor());
      }
      if (!(up.relation().equals("obj") || up.relation().equals("conj"))) {
        return false;
      }
      at = up.governor();
    }
    return false;
  }

  /**
   * "is out of the question", "would be a mistake": a predicate that judges; but "shelling the town
   * killed 12" tells what the shelling did, and it was done.
   */
  private static boolean judgement(Sentence s, int predicate) {
    int aux = s.child(predicate, "aux");
    return s.child(predicate, "cop") >= 0 || aux >= 0 && s.tokens().get(aux).pos().equals("MD");
  }
}
