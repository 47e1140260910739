package org.newsgraph.extract.event.role;

import static org.newsgraph.extract.event.actor.SameParty.same;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** The further parties coordinated with a role's phrase: "with Congo and Costa Rica". */
final class CoordinatedParties {
  private final ActorReader actors;

  CoordinatedParties(ActorReader actors) {
    this.actors = actors;
  }

  /**
   * The coded actors of the phrases coordinated with a role's phrase ("Congo and Costa Rica", "the
   * government and the rebels"), when the role was read from that phrase; none otherwise.
   */
  List<EventActor> conjuncts(
      EventInput in, Sentence s, int token, EventActor role, EventActor other) {
    if (role == null || role.actor() == null) {
      return List.of();
    }
    int at = token >= 0 && same(actors.actor(in, s, token), role) ? token : mentionOf(in, s, role);
    if (at < 0) {
      return List.of(); // the role came from no phrase of this sentence's that names it
    }
    List<EventActor> out = new ArrayList<>();
    for (Dependency d : s.childrenOf(at)) {
      if (!d.relation().equals("conj")) {
        continue;
      }
      EventActor a = actors.actor(in, s, d.dependent());
      if (a != null
          && a.actor() != null
          && !same(a, role)
          && !same(a, other)
          && out.stream().noneMatch(x -> same(x, a))) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The word of the sentence where the role's entity is named and other phrases are coordinated
   * with it ("relations with Congo and Costa Rica", found inside a clause), or -1.
   */
  private static int mentionOf(EventInput in, Sentence s, EventActor role) {
    if (role.entity() == null) {
      return -1;
    }
    for (Token t : s.tokens()) {
      Entity e = in.entities().at(t.start(), t.end());
      if (e != null && e.id().equals(role.entity()) && s.child(t.index(), "conj") >= 0) {
        return t.index();
      }
    }
    return -1;
  }
}
