package org.newsgraph.extract.event.role;

import static org.newsgraph.extract.event.actor.SameParty.same;

import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.PlaceOfAct;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.extract.event.actor.PhraseActors;
import org.newsgraph.extract.event.actor.PhraseCoder;
import org.newsgraph.extract.event.trigger.Trigger;
import org.newsgraph.extract.event.trigger.TriggerLexicon;
import org.newsgraph.model.Actor;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Location;
import org.newsgraph.nlp.Sentence;

/**
 * Who did an event: the subject phrase's actor, else who acted during a protest, the nation of an
 * event noun, the one a relative clause describes, a device's user, the place of a passive act.
 */
final class EventSources {
  private final ActorReader actors;
  private final DeviceSources devices;
  private final PhraseActors inside;
  private final ProtestParties protests;

  EventSources(
      PhraseCoder phrases, ActorReader actors, PhraseActors inside, ProtestParties protests) {
    this.actors = actors;
    this.devices = new DeviceSources(phrases, actors);
    this.inside = inside;
    this.protests = protests;
  }

  /** The source the roles' phrases or the event noun name, or null. */
  EventActor named(RoleContext c) {
    EventInput in = c.input();
    Sentence s = c.sentence();
    TriggerLexicon.Match m = c.match();
    RoleReader.Roles roles = c.roles();
    Trigger trigger = m.trigger();
    EventActor source = actors.actor(in, s, roles.source());
    if (source == null && trigger.noun() && ProtestParties.directedAtGovernment(trigger.type())) {
      source = protests.doneDuring(in, s, m.head()); // "youths threw stones during demonstrations"
    }
    if (source == null && trigger.noun()) {
      source = inside.nationalModifier(s, m.head()); // "Palestinian riots": by Palestinians
    }
    return source;
  }

  /** The source once the target is known: the named one, else one the sentence implies. */
  EventActor completed(RoleContext c, EventActor source, EventActor target) {
    EventInput in = c.input();
    Sentence s = c.sentence();
    TriggerLexicon.Match m = c.match();
    RoleReader.Roles roles = c.roles();
    if ((source == null || source.actor() == null) && target != null && target.actor() != null) {
      // "rebels who attacked a police post": the rebels; only for an act with a coded target, as
      // an act with neither is left out and one named in passing should stay so
      int described = RelativeClauses.antecedent(s, roles.source());
      EventActor a = described < 0 ? null : actors.actor(in, s, described);
      source = a == null || a.actor() == null || same(a, target) ? source : a;
    }
    source = devices.deviceSource(in, s, roles.source(), source, target); // "a roadside bomb"
    if (source == null && !m.trigger().noun() && RoleReader.isPassive(s, m.head())) {
      // "was put under investigation in Italy": no agent named, the country where it was done
      Location where = PlaceOfAct.of(in, s, roles.clauseHead(), -1, -1);
      source =
          where == null
              ? null
              : new EventActor(null, where.name(), Actor.of(where.country(), null));
    }
    return source;
  }
}
