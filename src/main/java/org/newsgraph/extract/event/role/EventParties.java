package org.newsgraph.extract.event.role;

import static org.newsgraph.extract.event.actor.SameParty.same;

import java.util.List;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.TrailingParticiples;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.extract.event.actor.PhraseActors;
import org.newsgraph.extract.event.actor.PhraseCoder;
import org.newsgraph.extract.event.trigger.Trigger;
import org.newsgraph.extract.event.trigger.TriggerLexicon;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/**
 * Who did an event and to whom: the actors of the phrases {@link RoleReader} picks, and when a
 * phrase names no one, the fallbacks in order: the recipient, a prepositional target, an actor
 * inside the phrase, the content of a speech act, the other party of a symmetric act, the place.
 */
public final class EventParties {
  private final ActorReader actors;
  private final PlaceTargets places;
  private final EventSources sources;
  private final PhraseTargets phraseTargets;
  private final ClauseTargets clauses;
  private final MutualParties mutual;
  private final ProtestParties protests;
  private final TrailedTargets trailed;
  private final CoordinatedParties coordinated;

  public EventParties(PhraseCoder phrases, ActorReader actors) {
    this.actors = actors;
    this.places = new PlaceTargets(phrases);
    PhraseActors inside = new PhraseActors(phrases, actors);
    this.clauses = new ClauseTargets(actors, places, inside);
    this.protests = new ProtestParties(phrases, actors, inside, clauses);
    this.sources = new EventSources(phrases, actors, inside, protests);
    this.phraseTargets = new PhraseTargets(actors, inside);
    this.mutual = new MutualParties(phrases, actors);
    this.trailed = new TrailedTargets(actors, inside);
    this.coordinated = new CoordinatedParties(actors);
  }

  /**
   * The clause head a trigger match's roles were read from, the actors standing for them, and the
   * further parties coordinated with each ("with Congo and Costa Rica"): CAMEO codes a compound
   * actor as one event per party.
   */
  public record Parties(
      int clauseHead,
      EventActor source,
      EventActor target,
      List<EventActor> moreSources,
      List<EventActor> moreTargets) {}

  /** The source and target of the event a trigger match names. */
  public Parties read(EventInput in, Sentence s, TriggerLexicon.Match m) {
    Trigger trigger = m.trigger();
    TriggerRoles.Read read = TriggerRoles.of(s, m);
    RoleReader.Roles roles = read.roles();
    RoleContext c = new RoleContext(in, s, m, roles);
    EventActor source = sources.named(c);
    EventActor target = phraseTargets.of(c, source);
    if (uncoded(target)) {
      EventActor clause = clauses.of(c, source);
      target = clause == null ? target : clause; // "demanded that Israel ease ...", "to disperse"
    }
    MutualParties.Pair pair = mutual.read(c, source, target);
    source = pair.source();
    target = pair.target();
    if (uncoded(target)) {
      int phrase = roles.target() >= 0 ? roles.target() : read.force();
      // "a summit in Genoa" is held there, not aimed at it
      int noun = MutualParties.symmetric(trigger.type()) ? -1 : m.head();
      Dependency up = trigger.noun() ? s.headOf(m.head()) : null;
      int verb = noun >= 0 && up != null && up.relation().startsWith("obl") ? up.governor() : -1;
      EventActor there =
          places.target(in, s, trigger.type(), source, roles.clauseHead(), noun, phrase, verb);
      target = there == null ? target : there; // "lifted the curfew in Cizre"
    }
    source = sources.completed(c, source, target);
    if (same(source, target)) {
      target = null;
    }
    // a role found inside a phrase or clause ("demanding that President Mugabe abandon ...")
    source = actors.withCountry(in, s, m.head(), source);
    target = actors.withCountry(in, s, m.head(), target);
    target = places.cityStruck(in, trigger.type(), target);
    target = places.capitalCourted(in, trigger.type(), target); // "an embassy in Tehran"
    if (ProtestParties.directedAtGovernment(trigger.type()) && uncoded(target)) {
      EventActor against = protests.target(in, s, roles.clauseHead(), m.head(), source);
      target = against == null ? target : against; // "in protest against violations by police"
    }
    if (uncoded(target)
        && !trigger.noun()
        && TrailingParticiples.countsVictims(s, m.head(), trigger.type())) {
      EventActor struck = trailed.trailedTarget(in, s, m.head());
      target = struck == null ? target : struck; // "fired rockets at the camps, killing 50"
    }
    if (uncoded(target)) {
      EventActor home = OwnCountryMeasures.target(c, source);
      target = home == null ? target : home; // "Sudan's government lifted a state of emergency"
    }
    target = Counterparts.withSectorOf(target, source); // "met his Pakistani counterpart"
    source = Counterparts.withSectorOf(source, target);
    List<EventActor> moreSources = coordinated.conjuncts(in, s, roles.source(), source, target);
    List<EventActor> moreTargets =
        MutualParties.mutual(trigger.type()) && roles.target() < 0
            ? List.of() // "Maduro and Putin met": the second is the target already
            : coordinated.conjuncts(in, s, roles.target(), target, source);
    return new Parties(roles.clauseHead(), source, target, moreSources, moreTargets);
  }

  /** Whether a role is missing or names no coded actor, so a later fallback may fill it. */
  private static boolean uncoded(EventActor a) {
    return a == null || a.actor() == null;
  }
}
