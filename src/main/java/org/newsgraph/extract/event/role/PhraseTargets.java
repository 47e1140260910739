package org.newsgraph.extract.event.role;

import static org.newsgraph.extract.event.actor.SameParty.same;

import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.extract.event.actor.PhraseActors;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/**
 * The target the role phrases name: the target phrase's actor, its aim or an actor inside it, the
 * recipient, an oblique phrase's aim.
 */
final class PhraseTargets {
  private final ActorReader actors;
  private final HeldPlaces held;
  private final PhraseActors inside;

  PhraseTargets(ActorReader actors, PhraseActors inside) {
    this.actors = actors;
    this.held = new HeldPlaces(actors);
    this.inside = inside;
  }

  /** The target the roles' phrases name, possibly uncoded or null. */
  EventActor of(RoleContext c, EventActor source) {
    EventInput in = c.input();
    Sentence s = c.sentence();
    RoleReader.Roles roles = c.roles();
    EventActor target = held.holder(in, s, roles.target(), actors.actor(in, s, roles.target()));
    if ((target == null || target.actor() == null)
        && roles.target() >= 0
        && Prepositions.caseOf(s, roles.target()) != null) {
      // the target is a prepositional phrase already ("over Chilean raids"): the actor inside it
      target = inside.aimedAt(in, s, roles.target(), target);
      PhraseActors.Inner inner =
          target != null && target.actor() != null
              ? null
              : inside.innerActor(in, s, roles.target(), source);
      target = inner == null ? target : inner.actor();
    }
    if (roles.recipient() >= 0 && roles.recipient() != roles.target()) {
      EventActor to = actors.actor(in, s, roles.recipient());
      if (to != null && to.actor() != null && (target == null || target.entity() == null)) {
        target = to; // "offered its troops to Lebanon's president": the one given to
      }
    }
    if (target == null || target.actor() == null) {
      for (int alt : RoleReader.obliqueTargets(s, roles.clauseHead())) {
        EventActor a = actors.actor(in, s, alt);
        if (a == null || a.actor() == null) {
          a = inside.aimedAt(in, s, alt, a); // "called for sanctions against Nigeria"
        }
        if (a != null && a.actor() != null && !same(a, source)) {
          target = a;
          break;
        }
      }
    }
    if ((target == null || target.actor() == null) && roles.target() >= 0) {
      PhraseActors.Inner inner = inside.innerActor(in, s, roles.target(), source);
      if (inner != null && target != null && inParticipleClause(s, roles.target(), inner.token())) {
        // "seized a tanker carrying Venezuelan crude": the tanker, linked to Venezuela
        target = new EventActor(target.entity(), target.name(), inner.actor().actor());
      } else if (inner != null) {
        target = inner.actor(); // "rejected a fresh offer from Kabul", "accepted demands by rebels"
      }
    }
    return target;
  }

  /**
   * Whether the token is inside a participle clause of the phrase ("a tanker carrying Venezuelan
   * crude"): the phrase stays the role, and takes the code of the actor named there.
   */
  private static boolean inParticipleClause(Sentence s, int head, int token) {
    for (Dependency d : s.childrenOf(head)) {
      if (d.relation().equals("acl")) {
        int[] span = s.extent(d.dependent(), x -> true);
        if (span[0] <= token && token <= span[1]) {
          return true;
        }
      }
    }
    return false;
  }
}
