package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Clauses;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/**
 * Acts told by a participle trailing a clause ("police opened fire on the marchers, killing two and
 * arresting 12"): their victims, given only as a count or not coded, are the people the main clause
 * acted on.
 */
public final class TrailingParticiples {
  /** Categories whose trailing participle counts the victims of the main act. */
  private static final Set<String> VICTIM_ACTS = Set.of("ASSAULT", "COERCE");

  /** Relations by which a participle hangs from the clause it trails: "rioted, setting fire". */
  private static final Set<String> TRAILING_RELATIONS = Set.of("conj", "advcl", "dep", "xcomp");

  private TrailingParticiples() {}

  /**
   * Gives each trailing participle of violence whose object is a bare count or has no coded actor
   * ("setting fire to their camp") the target of the act of the clause it trails, when that one has
   * a coded target.
   */
  static void inheritVictims(List<EventDraft> drafts) {
    for (EventDraft d : drafts) {
      if (!VICTIM_ACTS.contains(d.type)
          || d.trigger.noun()
          || !trailing(d.sentence, d.head)
          || !(victimsUnnamed(d) || d.target == null || d.target.actor() == null)) {
        continue;
      }
      int main = mainClause(d.sentence, d.head);
      for (EventDraft other : drafts) {
        if (other != d
            && other.sentence == d.sentence
            && (other.head == main || other.clauseHead == main)
            && other.target != null
            && other.target.actor() != null) {
          d.target = other.target;
          break;
        }
      }
    }
  }

  /**
   * Whether the participle's object is a bare count ("killing 12", "wounding three people") and no
   * named actor stands for it; an object it names ("setting fire to their mattresses") is its own.
   */
  private static boolean victimsUnnamed(EventDraft d) {
    return (d.target == null || d.target.entity() == null) && countedObject(d.sentence, d.head);
  }

  /**
   * Whether a verb of the category trails a clause and counts its victims ("..., killing 50"): whom
   * that clause acted on are its target.
   */
  public static boolean countsVictims(Sentence s, int verb, String type) {
    return VICTIM_ACTS.contains(type) && trailing(s, verb) && countedObject(s, verb);
  }

  /** Whether the verb's object is a bare count: "killing 12", "wounding three people". */
  private static boolean countedObject(Sentence s, int verb) {
    int object = s.child(verb, "obj");
    return object >= 0
        && (s.tokens().get(object).pos().equals("CD") || s.child(object, "nummod") >= 0);
  }

  /**
   * Whether the verb trails a clause after a comma, or is coordinated after one that does ("killing
   * one and arresting 12", which the parser may hang from the main verb).
   */
  public static boolean trailing(Sentence s, int verb) {
    if (Clauses.isTrailingParticiple(s, verb)) {
      return true;
    }
    Dependency up = s.headOf(verb);
    if (up == null || up.governor() < 0 || !up.relation().equals("conj")) {
      return false;
    }
    if (!s.tokens().get(verb).pos().equals("VBG")) {
      return false;
    }
    if (up.governor() < verb && Clauses.isTrailingParticiple(s, up.governor())) {
      return true;
    }
    for (Dependency sibling : s.childrenOf(up.governor())) {
      int other = sibling.dependent();
      if (sibling.relation().equals("conj")
          && other < verb
          && Clauses.isTrailingParticiple(s, other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb of the clause a trailing participle belongs to: up through coordination and adverbial
   * clauses, but not into a verb of saying the clause is the content of ("prisoners rioted, setting
   * fire to mattresses, police said": the prisoners set fire, not the police); the root when the
   * participle hangs from a noun.
   */
  public static int mainClause(Sentence s, int participle) {
    int at = participle;
    Dependency up = s.headOf(at);
    while (up != null
        && up.governor() >= 0
        && TRAILING_RELATIONS.contains(up.relation())
        && s.tokens().get(up.governor()).isVerb()) {
      at = up.governor();
      up = s.headOf(at);
    }
    return at != participle ? at : Clauses.root(s);
  }
}
