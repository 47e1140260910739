package org.newsgraph.extract.event.role;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.model.Actor;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * A place named as held by someone stands for its holder ({@code event/holding-verbs.tsv}):
 * "shelled rebel-held territory" and "bombed areas controlled by the rebels" are aimed at the
 * rebels.
 */
final class HeldPlaces {
  private static final Set<String> VERBS = RuleFile.words("/event/holding-verbs.tsv");

  private final ActorReader actors;

  HeldPlaces(ActorReader actors) {
    this.actors = actors;
  }

  /**
   * The holder of the place a role phrase names, with the phrase's own country when it has one
   * ("Albanian rebel-held territory": ALB REB; "rebel-held villages" are the rebels', not
   * civilians); {@code role} itself when the phrase names no holder with a sector, or is a name.
   */
  EventActor holder(EventInput in, Sentence s, int token, EventActor role) {
    if (token < 0 || role != null && role.entity() != null) {
      return role; // a named place is itself ("the rebel-held Misrata")
    }
    for (Dependency d : s.childrenOf(token)) {
      Token participle = s.tokens().get(d.dependent());
      boolean modifies = d.relation().equals("amod") || d.relation().equals("acl");
      if (!modifies
          || !participle.pos().equals("VBN")
          || !VERBS.contains(participle.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency by : s.childrenOf(d.dependent())) {
        boolean agent = by.relation().startsWith("obl") || by.relation().equals("compound");
        EventActor h = agent ? actors.actor(in, s, by.dependent()) : null;
        if (h != null && h.actor() != null && h.actor().sector() != null) {
          String own = role == null || role.actor() == null ? null : role.actor().country();
          String country = own != null ? own : h.actor().country();
          return new EventActor(h.entity(), h.name(), Actor.of(country, h.actor().sector()));
        }
      }
    }
    return role;
  }
}
