package org.newsgraph.extract.event.role;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.extract.event.actor.PhraseCoder;
import org.newsgraph.model.Actor;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.rules.RuleFile;

/**
 * The other side of a fight between coordinated subjects ({@code event/reciprocal-verbs.tsv}):
 * "Sudanese rebels and government troops clashed" is a clash of the rebels with the troops, and
 * "Ethiopian and Eritrean troops fought" one of the Ethiopian troops with the Eritrean.
 */
final class ReciprocalParties {
  private static final Set<String> VERBS = RuleFile.words("/event/reciprocal-verbs.tsv");

  private final PhraseCoder phrases;
  private final ActorReader actors;

  ReciprocalParties(PhraseCoder phrases, ActorReader actors) {
    this.phrases = phrases;
    this.actors = actors;
  }

  /**
   * The side a reciprocal verb's subject fights, other than {@code source}: the subject's coded
   * conjunct, else a nation word coordinated with another on the subject's noun, with the source's
   * sector; null when the verb is no such verb or the subject names one side. A {@code mutual} act
   * (meeting, agreeing: "Indian and Pakistani officials met") is reciprocal whatever its verb.
   */
  EventActor otherSide(
      EventInput in, Sentence s, int verb, int subject, EventActor source, boolean mutual) {
    if (subject < 0
        || source == null
        || source.actor() == null
        || !mutual && !VERBS.contains(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int conj = RoleReader.coordinated(s, subject);
    EventActor other = conj < 0 ? null : actors.actor(in, s, conj);
    if (other != null && other.actor() != null) {
      return other;
    }
    for (Dependency d : s.childrenOf(subject)) {
      if (!d.relation().equals("amod")) {
        continue;
      }
      for (int nation : new int[] {d.dependent(), s.child(d.dependent(), "conj")}) {
        String country = nation < 0 ? null : phrases.nationOf(s.tokens().get(nation));
        if (country != null && !country.equals(source.actor().country())) {
          String word = s.tokens().get(nation).word();
          return new EventActor(null, word, Actor.of(country, source.actor().sector()));
        }
      }
    }
    return null;
  }

  /**
   * The second party of a phrase like "officials from Peru and Ecuador" with the sector the head
   * noun gives the first (PER GOV, so ECU GOV); {@code other} itself when it is coordinated with
   * the head directly ("the ministers and Ecuador") or has a sector of its own.
   */
  static EventActor sameKind(Sentence s, int head, int second, EventActor first, EventActor other) {
    if (second < 0
        || s.child(head, "conj") == second
        || other == null
        || other.actor() == null
        || other.actor().sector() != null
        || first == null
        || first.actor() == null
        || first.actor().sector() == null) {
      return other;
    }
    return new EventActor(
        other.entity(), other.name(), Actor.of(other.actor().country(), first.actor().sector()));
  }
}
