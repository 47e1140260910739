package org.newsgraph.extract.event;

import static org.newsgraph.extract.event.SameParty.same;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Location;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who did an event and to whom: the actors of the phrases {@link RoleReader} picks, and when a
 * phrase names no one, the fallbacks in order: the recipient, a prepositional target, an actor
 * inside the phrase, the content of a speech act, the other party of a symmetric act, the place.
 */
final class EventParties {
  /** Categories where two coordinated subjects are both parties: "Maduro and Putin met". */
  private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");

  /**
   * Categories where coordinated subjects with no other party are each other's: "Mexico and Peru
   * signed an agreement", "... established diplomatic relations".
   */
  private static final Set<String> MUTUAL = Set.of("CONSULT", "AGREE", "COOPERATE", "SUPPORT");

  /**
   * Categories whose verb's object is the force they move, not whom it is aimed at: "mobilized army
   * reservists for a war against Iraq" targets Iraq.
   */
  private static final Set<String> FORCE_OBJECT = Set.of("MOBILIZE");

  private final PhraseCoder phrases;
  private final ActorReader actors;
  private final PlaceTargets places;
  private final ReciprocalParties reciprocal;
  private final HeldPlaces held;
  private final PhraseActors inside;
  private final ClauseTargets clauses;
  private final ProtestParties protests;
  private final TrailedTargets trailed;
  private final CoordinatedParties coordinated;

  EventParties(PhraseCoder phrases, ActorReader actors) {
    this.phrases = phrases;
    this.actors = actors;
    this.places = new PlaceTargets(phrases);
    this.reciprocal = new ReciprocalParties(phrases, actors);
    this.held = new HeldPlaces(actors);
    this.inside = new PhraseActors(phrases, actors);
    this.clauses = new ClauseTargets(actors, places, inside);
    this.protests = new ProtestParties(phrases, actors, inside, clauses);
    this.trailed = new TrailedTargets(actors, inside);
    this.coordinated = new CoordinatedParties(actors);
  }

  /**
   * The role tokens a trigger match was read with, the actors standing for them, and the further
   * parties coordinated with each ("with Congo and Costa Rica"): CAMEO codes a compound actor as
   * one event per party.
   */
  record Parties(
      RoleReader.Roles roles,
      EventActor source,
      EventActor target,
      List<EventActor> moreSources,
      List<EventActor> moreTargets) {}

  /** The source and target of the event a trigger match names. */
  Parties read(EventInput in, Sentence s, TriggerLexicon.Match m) {
    ParsedArticle doc = in.doc();
    Trigger trigger = m.trigger();
    Token head = s.tokens().get(m.head());
    RoleReader.Roles roles = RoleReader.read(s, head, trigger.noun(), trigger.type());
    if (roles.target() >= m.first() && roles.target() <= m.last()) {
      // "a state of emergency", "stopped work", "opened fire": a word of the trigger itself is no
      // target (an object outside it, "imposed sanctions on Kabul", is still read for the actor
      // inside it)
      int aimed = ObjectAims.of(s, roles.target(), trigger.type());
      roles = new RoleReader.Roles(roles.source(), -1, roles.clauseHead(), roles.recipient());
      roles = trigger.noun() ? roles : RoleReader.withCaseTarget(s, roles, trigger.type());
      if (roles.target() < 0 && aimed >= 0) {
        // "imposed sanctions on Pyongyang", "cut ties with Doha": whom the object is aimed at
        roles = new RoleReader.Roles(roles.source(), aimed, roles.clauseHead(), roles.recipient());
      }
    }
    int force = -1;
    if (!trigger.noun() && RolePhrases.isObject(s, roles.target())) {
      RoleReader.Roles without =
          new RoleReader.Roles(roles.source(), -1, roles.clauseHead(), roles.recipient());
      RoleReader.Roles aimed = RoleReader.withCaseTarget(s, without, trigger.type());
      boolean moved =
          RoleReader.movesForces(head) || ActorReader.isDevice(s.tokens().get(roles.target()));
      if (FORCE_OBJECT.contains(trigger.type()) || moved && aimed.target() >= 0) {
        // "strengthened its forces in Lebanon", "withdrew its inspectors from Iraq", "fired
        // rockets at Israeli towns": the forces or weapons are not the target, but where they
        // are still counts
        force = roles.target();
        roles = aimed;
      }
    }
    EventActor source = actors.actor(doc, in, s, roles.source());
    if (source == null && trigger.noun() && ProtestParties.directedAtGovernment(trigger.type())) {
      source = protests.doneDuring(in, s, m.head()); // "youths threw stones during demonstrations"
    }
    if (source == null && trigger.noun()) {
      source = inside.nationalModifier(s, m.head()); // "Palestinian riots": by Palestinians
    }
    EventActor target =
        held.holder(in, s, roles.target(), actors.actor(doc, in, s, roles.target()));
    if ((target == null || target.actor() == null)
        && roles.target() >= 0
        && RoleReader.caseOf(s, roles.target()) != null) {
      // the target is a prepositional phrase already ("over Chilean raids"): the actor inside it
      target = inside.aimedAt(doc, in, s, roles.target(), target);
      PhraseActors.Inner inner =
          target != null && target.actor() != null
              ? null
              : inside.innerActor(doc, in, s, roles.target(), source);
      target = inner == null ? target : inner.actor();
    }
    if (roles.recipient() >= 0 && roles.recipient() != roles.target()) {
      EventActor to = actors.actor(doc, in, s, roles.recipient());
      if (to != null && to.actor() != null && (target == null || target.entity() == null)) {
        target = to; // "offered its troops to Lebanon's president": the one given to
      }
    }
    if (target == null || target.actor() == null) {
      for (int alt : RoleReader.obliqueTargets(s, roles.clauseHead())) {
        EventActor a = actors.actor(doc, in, s, alt);
        if (a == null || a.actor() == null) {
          a = inside.aimedAt(doc, in, s, alt, a); // "called for sanctions against Nigeria"
        }
        if (a != null && a.actor() != null && !same(a, source)) {
          target = a;
          break;
        }
      }
    }
    if ((target == null || target.actor() == null) && roles.target() >= 0) {
      PhraseActors.Inner inner = inside.innerActor(doc, in, s, roles.target(), source);
      if (inner != null
          && target != null
          && PhraseActors.inParticipleClause(s, roles.target(), inner.token())) {
        // "seized a tanker carrying Venezuelan crude": the tanker, linked to Venezuela
        target = new EventActor(target.entity(), target.name(), inner.actor().actor());
      } else if (inner != null) {
        target = inner.actor(); // "rejected a fresh offer from Kabul", "accepted demands by rebels"
      }
    }
    if (TriggerContext.SPEECH_ACTS.contains(trigger.type())
        && (target == null || target.actor() == null)) {
      EventActor inner = clauses.contentActor(doc, in, s, roles.clauseHead(), source);
      if (inner == null && trigger.noun() && m.head() != roles.clauseHead()) {
        inner =
            clauses.contentActor(doc, in, s, m.head(), source); // "its demand that Israel ease ..."
      }
      if (inner != null) {
        target = inner;
      }
    }
    if ((target == null || target.actor() == null)
        && !TriggerContext.SPEECH_ACTS.contains(trigger.type())) {
      EventActor purpose = clauses.purposeTarget(in, s, roles.clauseHead(), source);
      target = purpose == null ? target : purpose; // "opened fire to disperse demonstrators"
    }
    if (MUTUAL.contains(trigger.type())
        && (target == null
            || target.actor() == null
            || !RolePhrases.partyPhrase(s, roles.target())
            || !same(target, actors.actor(doc, in, s, roles.target())))
        && roles.source() >= 0) {
      // "Mexico and Peru signed an agreement", "India and Pakistan resumed talks on Kashmir":
      // each is the other's party, not the agreement nor what the talks are about
      int second = RoleReader.coordinated(s, roles.source());
      EventActor other =
          ReciprocalParties.sameKind(
              s, roles.source(), second, source, actors.actor(doc, in, s, second));
      target = other == null || other.actor() == null ? target : other;
    }
    if (SYMMETRIC.contains(trigger.type())
        && roles.source() >= 0
        && (target == null || target.actor() == null)) {
      EventActor[] pair = ActorReader.bothNamedBefore(in, s, roles.source());
      if (pair != null) {
        // "both leaders restated their commitment": the two people just named
        source = pair[0];
        target = pair[1];
      }
    }
    if ((target == null || target.actor() == null) && !trigger.noun()) {
      boolean mutual = MUTUAL.contains(trigger.type());
      EventActor other = reciprocal.otherSide(in, s, m.head(), roles.source(), source, mutual);
      target = other == null ? target : other; // "Sudanese rebels and government troops clashed"
    }
    if (target == null || target.actor() == null) {
      int phrase = roles.target() >= 0 ? roles.target() : force;
      // "a summit in Genoa" is held there, not aimed at it
      int noun = SYMMETRIC.contains(trigger.type()) ? -1 : m.head();
      Dependency up = trigger.noun() ? s.headOf(m.head()) : null;
      int verb = noun >= 0 && up != null && up.relation().startsWith("obl") ? up.governor() : -1;
      EventActor there =
          places.target(in, s, trigger.type(), source, roles.clauseHead(), noun, phrase, verb);
      target = there == null ? target : there; // "lifted the curfew in Cizre"
    }
    if ((source == null || source.actor() == null) && target != null && target.actor() != null) {
      // "rebels who attacked a police post": the rebels; only for an act with a coded target, as
      // an act with neither is left out and one named in passing should stay so
      int described = RelativeClauses.antecedent(s, roles.source());
      EventActor a = described < 0 ? null : actors.actor(doc, in, s, described);
      source = a == null || a.actor() == null || same(a, target) ? source : a;
    }
    source = actors.deviceSource(in, s, roles.source(), source, target); // "a roadside bomb"
    if (source == null && !trigger.noun() && RoleReader.isPassive(s, m.head())) {
      // "was put under investigation in Italy": no agent named, the country where it was done
      Location where = PlaceTargets.place(in, s, roles.clauseHead(), -1, -1);
      source =
          where == null
              ? null
              : new EventActor(null, where.name(), Actor.of(where.country(), null));
    }
    if (same(source, target)) {
      target = null;
    }
    // a role found inside a phrase or clause ("demanding that President Mugabe abandon ...")
    source = actors.withCountry(in, s, m.head(), source);
    target = actors.withCountry(in, s, m.head(), target);
    target = places.cityStruck(in, trigger.type(), target);
    target = places.capitalCourted(in, trigger.type(), target); // "an embassy in Tehran"
    if (ProtestParties.directedAtGovernment(trigger.type())
        && (target == null || target.actor() == null)) {
      EventActor against = protests.protestedAgainst(in, s, roles.clauseHead(), m.head(), source);
      target = against == null ? target : against; // "in protest against violations by police"
    }
    if (ProtestParties.directedAtGovernment(trigger.type())
        && (target == null || target.actor() == null)) {
      EventActor government = protests.ownGovernment(in, s, roles.clauseHead(), source);
      target = government == null ? target : government;
    }
    if ((target == null || target.actor() == null)
        && !trigger.noun()
        && TrailingParticiples.countsVictims(s, m.head(), trigger.type())) {
      EventActor struck = trailed.trailedTarget(in, s, m.head());
      target = struck == null ? target : struck; // "fired rockets at the camps, killing 50"
    }
    if ((target == null || target.actor() == null)
        && OwnCountryMeasures.domestic(trigger.type())
        && !TrailingParticiples.trailing(s, m.head()) // its clause's target is its own
        && !(roles.target() >= 0 && s.tokens().get(roles.target()).pos().startsWith("PRP"))
        && !TriggerContext.offered(s, m)) { // "offered concessions" is aimed at whom it is offered
      EventActor home = OwnCountryMeasures.ownCountry(source);
      target = home == null ? target : home; // "Sudan's government lifted a state of emergency"
    }
    target = Counterparts.withSectorOf(target, source); // "met his Pakistani counterpart"
    source = Counterparts.withSectorOf(source, target);
    List<EventActor> moreSources = coordinated.conjuncts(in, s, roles.source(), source, target);
    List<EventActor> moreTargets =
        MUTUAL.contains(trigger.type()) && roles.target() < 0
            ? List.of() // "Maduro and Putin met": the second is the target already
            : coordinated.conjuncts(in, s, roles.target(), target, source);
    return new Parties(roles, source, target, moreSources, moreTargets);
  }
}
