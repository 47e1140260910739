package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
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
  /** Prepositions that name who made a thing: "an offer from Kabul", "calls by the rulers". */
  private static final Set<String> AUTHOR_CASES = Set.of("by", "from");

  /**
   * Categories whose act, when the sentence names no one it is aimed at, is aimed at the
   * government: a protest with no stated target is a protest against the authorities
   * (docs/lexicon.md).
   */
  private static final Set<String> DIRECTED_AT_GOVERNMENT = Set.of("PROTEST");

  /** Sectors that police or fight protests rather than join them. */
  private static final Set<String> FORCES_OF_ORDER = Set.of("GOV", "MIL", "COP", "SPY", "JUD");

  /** Nouns of an act's stated protest: "in protest against ...", "in opposition to ...". */
  private static final Set<String> PROTEST_NOUNS = Set.of("protest", "opposition");

  /** Prepositions after such a noun that name what is protested: "against", "at", "over", "to". */
  private static final Set<String> PROTESTED_CASES = Set.of("against", "at", "over", "to", "of");

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

  /**
   * Categories whose act by the state on no one named falls on its own country: a state of
   * emergency lifted, a permit denied, a ban imposed (as the PLOVER gold codes them).
   */
  private static final Set<String> DOMESTIC = Set.of("CONCEDE", "COERCE", "REJECT", "RETREAT");

  /** Sectors of the state, whose measures with no one named fall on their own country. */
  private static final Set<String> STATE = Set.of("GOV", "LEG", "JUD", "COP", "MIL");

  /** The marker of an infinitive: "a bid to force the government". */
  private static final Set<String> INFINITIVE_MARK = Set.of("to");

  /** Prepositions that introduce a party of a cooperative act: "talks with Quito". */
  private static final Set<String> PARTY_CASES = Set.of("with", "between", "to");

  private final PhraseCoder phrases;
  private final ActorReader actors;
  private final PlaceTargets places;
  private final ReciprocalParties reciprocal;
  private final HeldPlaces held;

  EventParties(PhraseCoder phrases, ActorReader actors) {
    this.phrases = phrases;
    this.actors = actors;
    this.places = new PlaceTargets(phrases);
    this.reciprocal = new ReciprocalParties(phrases, actors);
    this.held = new HeldPlaces(actors);
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
    if (!trigger.noun() && isObject(s, roles.target())) {
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
    if (source == null && trigger.noun() && DIRECTED_AT_GOVERNMENT.contains(trigger.type())) {
      source = doneDuring(in, s, m.head()); // "youths threw stones during demonstrations"
    }
    if (source == null && trigger.noun()) {
      source = nationalModifier(s, m.head()); // "Palestinian riots": by Palestinians
    }
    EventActor target =
        held.holder(in, s, roles.target(), actors.actor(doc, in, s, roles.target()));
    if ((target == null || target.actor() == null)
        && roles.target() >= 0
        && RoleReader.caseOf(s, roles.target()) != null) {
      // the target is a prepositional phrase already ("over Chilean raids"): the actor inside it
      target = aimedAt(doc, in, s, roles.target(), target);
      Inner inner =
          target != null && target.actor() != null
              ? null
              : innerActor(doc, in, s, roles.target(), source);
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
          a = aimedAt(doc, in, s, alt, a); // "called for sanctions against Nigeria"
        }
        if (a != null && a.actor() != null && !same(a, source)) {
          target = a;
          break;
        }
      }
    }
    if ((target == null || target.actor() == null) && roles.target() >= 0) {
      Inner inner = innerActor(doc, in, s, roles.target(), source);
      if (inner != null && target != null && inParticipleClause(s, roles.target(), inner.token())) {
        // "seized a tanker carrying Venezuelan crude": the tanker, linked to Venezuela
        target = new EventActor(target.entity(), target.name(), inner.actor().actor());
      } else if (inner != null) {
        target = inner.actor(); // "rejected a fresh offer from Kabul", "accepted demands by rebels"
      }
    }
    if (TriggerContext.SPEECH_ACTS.contains(trigger.type())
        && (target == null || target.actor() == null)) {
      EventActor inner = contentActor(doc, in, s, roles.clauseHead(), source);
      if (inner == null && trigger.noun() && m.head() != roles.clauseHead()) {
        inner = contentActor(doc, in, s, m.head(), source); // "its demand that Israel ease ..."
      }
      if (inner != null) {
        target = inner;
      }
    }
    if ((target == null || target.actor() == null)
        && !TriggerContext.SPEECH_ACTS.contains(trigger.type())) {
      EventActor purpose = purposeTarget(in, s, roles.clauseHead(), source);
      target = purpose == null ? target : purpose; // "opened fire to disperse demonstrators"
    }
    if (MUTUAL.contains(trigger.type())
        && (target == null
            || target.actor() == null
            || !partyPhrase(s, roles.target())
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
    if (DIRECTED_AT_GOVERNMENT.contains(trigger.type())
        && (target == null || target.actor() == null)) {
      EventActor against = protestedAgainst(in, s, roles.clauseHead(), m.head(), source);
      target = against == null ? target : against; // "in protest against violations by police"
    }
    if (DIRECTED_AT_GOVERNMENT.contains(trigger.type())
        && (target == null || target.actor() == null)) {
      EventActor government = ownGovernment(in, s, roles.clauseHead(), source);
      target = government == null ? target : government;
    }
    if ((target == null || target.actor() == null)
        && !trigger.noun()
        && TrailingParticiples.countsVictims(s, m.head(), trigger.type())) {
      EventActor struck = trailedTarget(in, s, m.head());
      target = struck == null ? target : struck; // "fired rockets at the camps, killing 50"
    }
    if ((target == null || target.actor() == null)
        && DOMESTIC.contains(trigger.type())
        && !TrailingParticiples.trailing(s, m.head()) // its clause's target is its own
        && !(roles.target() >= 0 && s.tokens().get(roles.target()).pos().startsWith("PRP"))
        && !TriggerContext.offered(s, m)) { // "offered concessions" is aimed at whom it is offered
      EventActor home = ownCountry(source);
      target = home == null ? target : home; // "Sudan's government lifted a state of emergency"
    }
    target = Counterparts.withSectorOf(target, source); // "met his Pakistani counterpart"
    source = Counterparts.withSectorOf(source, target);
    List<EventActor> moreSources = conjuncts(in, s, roles.source(), source, target);
    List<EventActor> moreTargets =
        MUTUAL.contains(trigger.type()) && roles.target() < 0
            ? List.of() // "Maduro and Putin met": the second is the target already
            : conjuncts(in, s, roles.target(), target, source);
    return new Parties(roles, source, target, moreSources, moreTargets);
  }

  /**
   * The coded actors of the phrases coordinated with a role's phrase ("Congo and Costa Rica", "the
   * government and the rebels"), when the role was read from that phrase; none otherwise.
   */
  private List<EventActor> conjuncts(
      EventInput in, Sentence s, int token, EventActor role, EventActor other) {
    if (role == null || role.actor() == null) {
      return List.of();
    }
    int at =
        token >= 0 && same(actors.actor(in.doc(), in, s, token), role)
            ? token
            : mentionOf(in, s, role);
    if (at < 0) {
      return List.of(); // the role came from no phrase of this sentence's that names it
    }
    List<EventActor> out = new ArrayList<>();
    for (Dependency d : s.childrenOf(at)) {
      if (!d.relation().equals("conj")) {
        continue;
      }
      EventActor a = actors.actor(in.doc(), in, s, d.dependent());
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

  /**
   * Whom an act done "in protest" is aimed at: the actor of what it protests against, at or over,
   * or of who did that ("in protest against violations by the security forces"); null if none.
   */
  private EventActor protestedAgainst(
      EventInput in, Sentence s, int head, int trigger, EventActor source) {
    for (int at : new int[] {head, trigger}) {
      for (Dependency d : s.childrenOf(at)) {
        Token noun = s.tokens().get(d.dependent());
        boolean phrase = d.relation().startsWith("obl") || d.relation().equals("nmod");
        if (phrase
            && "in".equals(RoleReader.caseOf(s, d.dependent()))
            && PROTEST_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
          EventActor a = protested(in, s, d.dependent(), source);
          if (a != null) {
            return a;
          }
        }
      }
    }
    return null;
  }

  /**
   * The actor of what a protest noun is against, else of its "by" phrase when there is such a thing
   * ("in protest against abuses by the police", the "by" often parsed onto the noun).
   */
  private EventActor protested(EventInput in, Sentence s, int noun, EventActor source) {
    boolean aimed = false;
    for (String wanted : new String[] {"aim", "by"}) {
      for (Dependency what : s.childrenOf(noun)) {
        String prep = String.valueOf(RoleReader.caseOf(s, what.dependent()));
        boolean fits =
            wanted.equals("by") ? aimed && prep.equals("by") : PROTESTED_CASES.contains(prep);
        if (!what.relation().equals("nmod") || !fits) {
          continue;
        }
        aimed = true;
        EventActor a = actors.actor(in.doc(), in, s, what.dependent());
        if (a == null || a.actor() == null) {
          Inner inner = innerActor(in.doc(), in, s, what.dependent(), source);
          a = inner == null ? a : inner.actor();
        }
        if (a != null && a.actor() != null && !same(a, source)) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * Who protests when a protest noun says when others acted ("youths threw stones during
   * demonstrations"): the subject of the clause it hangs from, unless that is a force of order
   * ("police fired during the demonstrations" does not make the police demonstrators).
   */
  private EventActor doneDuring(EventInput in, Sentence s, int noun) {
    Dependency up = s.headOf(noun);
    if (up == null
        || up.governor() < 0
        || !up.relation().startsWith("obl")
        || !"during".equals(RoleReader.caseOf(s, noun))) {
      return null;
    }
    int subject = s.child(up.governor(), "nsubj");
    EventActor a = subject < 0 ? null : actors.actor(in.doc(), in, s, subject);
    // Set.of refuses a null lookup: an actor may have a country and no sector ("Americans").
    boolean order =
        a != null
            && a.actor() != null
            && a.actor().sector() != null
            && FORCES_OF_ORDER.contains(a.actor().sector());
    return a == null || a.actor() == null || order ? null : a;
  }

  /** The nation a national adjective before an event noun names ("Palestinian riots"), or null. */
  private EventActor nationalModifier(Sentence s, int noun) {
    for (Dependency d : s.childrenOf(noun)) {
      Token t = s.tokens().get(d.dependent());
      String country = d.relation().equals("amod") ? phrases.nationOf(t) : null;
      if (country != null) {
        return new EventActor(null, t.word(), Actor.of(country, null));
      }
    }
    return null;
  }

  /** The first actor named inside the trigger's complement clause: "alleging it exposed X". */
  private EventActor contentActor(
      ParsedArticle doc, EventInput in, Sentence s, int head, EventActor source) {
    for (Dependency d : s.childrenOf(head)) {
      if (!(d.relation().equals("ccomp") || d.relation().equals("xcomp"))) {
        continue;
      }
      EventActor asked = d.relation().equals("ccomp") ? subjectOf(doc, in, s, d.dependent()) : null;
      if (asked != null && asked.actor() != null && !same(asked, source)) {
        return asked; // "demanded that the United States match ...": who is to act
      }
      EventActor done = complementTarget(doc, in, s, d.dependent(), source);
      if (done != null) {
        return done; // "threatened to ban Ugandan opposition candidates": the candidates
      }
      int[] span = s.extent(d.dependent(), x -> true);
      for (int i = span[0]; i <= span[1]; i++) {
        Token t = s.tokens().get(i);
        Entity e = in.entities().at(t.start(), t.end());
        EventActor a = e == null ? null : named(in, s, i, e);
        if (a != null && a.actor() != null && !same(a, source)) {
          return a;
        }
      }
    }
    return null;
  }

  /** The actor of an active clause's subject, or null. */
  private EventActor subjectOf(ParsedArticle doc, EventInput in, Sentence s, int clause) {
    int subject = s.child(clause, "nsubj");
    return subject < 0 ? null : actors.actor(doc, in, s, subject);
  }

  /**
   * The coded target of the act a complement clause names ("to cut off electricity to Baku", "to
   * lift the curfew on Palestinians"): its recipient, object, or an actor inside its object.
   */
  private EventActor complementTarget(
      ParsedArticle doc, EventInput in, Sentence s, int verb, EventActor source) {
    if (!s.tokens().get(verb).isVerb()) {
      return null;
    }
    RoleReader.Roles r = RoleReader.read(s, s.tokens().get(verb), false);
    if (RoleReader.movesForces(s.tokens().get(verb)) && isObject(s, r.target())) {
      // "refused to deploy peacekeepers in Iraq": where the forces would go, not the forces
      return places.target(in, s, null, source, verb, -1, r.target(), -1);
    }
    for (int t : new int[] {r.recipient(), r.target()}) {
      EventActor a = actors.actor(doc, in, s, t);
      if (a != null && a.actor() != null && !same(a, source)) {
        return a;
      }
    }
    Inner inner = r.target() < 0 ? null : innerActor(doc, in, s, r.target(), source);
    return inner == null ? null : inner.actor();
  }

  /**
   * The authorities a protest with no stated target is aimed at: an actor named in its purpose ("to
   * demand the resignation of the Algerian president"), else the government of the protesters'
   * country, else of the country the sentence names; null when none is known.
   */
  private EventActor ownGovernment(EventInput in, Sentence s, int head, EventActor source) {
    EventActor purpose = purposeTarget(in, s, head, source);
    if (purpose != null) {
      return purpose;
    }
    String country =
        source != null && source.actor() != null && source.actor().country() != null
            ? source.actor().country()
            : phrases.nearestCountry(s, head, in.entities(), null);
    if (country == null) {
      return null;
    }
    return new EventActor(null, country + " government", Actor.of(country, "GOV"));
  }

  /**
   * Whom the clause a participle trails acted on ("launched rocket fire against rebel camps,
   * killing 50": the rebels): the coded actor of its target phrase, of that phrase's aim, or inside
   * it; null if none.
   */
  private EventActor trailedTarget(EventInput in, Sentence s, int participle) {
    int main = TrailingParticiples.mainClause(s, participle);
    if (main < 0 || main == participle || !s.tokens().get(main).isVerb()) {
      return null;
    }
    List<Integer> phrases = new ArrayList<>();
    phrases.add(RoleReader.read(s, s.tokens().get(main), false).target());
    phrases.addAll(RoleReader.obliqueTargets(s, main)); // "fired rockets against the camps"
    for (int phrase : phrases) {
      EventActor a =
          phrase < 0
              ? null
              : aimedAt(in.doc(), in, s, phrase, actors.actor(in.doc(), in, s, phrase));
      if (phrase >= 0 && (a == null || a.actor() == null)) {
        Inner inner = innerActor(in.doc(), in, s, phrase, null);
        a = inner == null ? a : inner.actor();
      }
      if (a != null && a.actor() != null) {
        return a;
      }
    }
    return null;
  }

  /** The country of a state source, as the target of a measure it takes at home; or null. */
  private static EventActor ownCountry(EventActor source) {
    if (source == null
        || source.actor() == null
        || source.actor().country() == null
        || source.actor().sector() == null
        || !STATE.contains(source.actor().sector())) {
      return null;
    }
    String country = source.actor().country();
    return new EventActor(null, country, Actor.of(country, null));
  }

  /**
   * The target of the act a clause is done for ("opened fire to disperse Egyptian demonstrators",
   * "rioted demanding the resignation of the Algerian president"), or null; a clause that says when
   * or why ("after rebels seized the airport") is no purpose.
   */
  private EventActor purposeTarget(EventInput in, Sentence s, int head, EventActor source) {
    for (Dependency d : s.childrenOf(head)) {
      if ((d.relation().equals("advcl") || d.relation().equals("xcomp"))
          && !TriggerContext.circumstantial(s, d.dependent())) {
        EventActor purpose = complementTarget(in.doc(), in, s, d.dependent(), source);
        if (purpose != null) {
          return purpose;
        }
      }
    }
    for (Dependency d : s.childrenOf(head)) {
      if (d.relation().startsWith("obl")) {
        EventActor aim = aimOfEffort(in, s, d.dependent(), source);
        if (aim != null) {
          return aim;
        }
      }
    }
    return null;
  }

  /**
   * The target of the infinitive of an effort noun a clause names as its purpose ("in a bid to
   * force the government ...", "as part of a drive to convince the parliament ..."), looked for on
   * the noun and on its "of" phrase; null if none.
   */
  private EventActor aimOfEffort(EventInput in, Sentence s, int noun, EventActor source) {
    List<Integer> nouns = new ArrayList<>(List.of(noun));
    for (Dependency d : s.childrenOf(noun)) {
      if (RoleReader.isOfPhrase(s, d)) {
        nouns.add(d.dependent()); // "in part of a drive to ..."
      }
    }
    for (int n : nouns) {
      for (Dependency d : s.childrenOf(n)) {
        if (d.relation().equals("acl") && s.hasChildWord(d.dependent(), "mark", INFINITIVE_MARK)) {
          EventActor aim = complementTarget(in.doc(), in, s, d.dependent(), source);
          if (aim != null) {
            return aim;
          }
        }
      }
    }
    return null;
  }

  /**
   * An entity found inside a role phrase, as a role: a town or capital named as a place ("a curfew
   * in Algiers") stands for its people (CVL), as the PLOVER gold codes cities; an office without a
   * country takes the one the sentence names.
   */
  private EventActor named(EventInput in, Sentence s, int token, Entity e) {
    EventActor town = actors.town(in, s, token, e);
    if (town != null) {
      return town;
    }
    // "President Bouteflika's government": an office without a country takes the context's
    return actors.withCountry(in, s, token, new EventActor(e.id(), e.name(), e.actor()));
  }

  /**
   * The coded actor a phrase's own prepositional modifier names ("sanctions against Nigeria", "a
   * war against Iraq", "the computers of the Chilean navy"), else {@code otherwise}: one level
   * down, as a deeper phrase is about something else ("on the first day of a strike over a bill
   * signed by the minister").
   */
  private EventActor aimedAt(
      ParsedArticle doc, EventInput in, Sentence s, int phrase, EventActor otherwise) {
    for (Dependency d : s.childrenOf(phrase)) {
      String prep = RoleReader.caseOf(s, d.dependent());
      if (d.relation().equals("nmod") && (RoleReader.aimsAt(prep) || "of".equals(prep))) {
        EventActor a = actors.actor(doc, in, s, d.dependent());
        if (a != null && a.actor() != null) {
          return a;
        }
      }
    }
    return otherwise;
  }

  /** An actor found inside a phrase, and the token it was read from. */
  private record Inner(EventActor actor, int token) {}

  /** An actor named inside a role phrase that has none itself: "a fresh offer from Kabul". */
  private Inner innerActor(
      ParsedArticle doc, EventInput in, Sentence s, int head, EventActor other) {
    for (Dependency d : s.childrenOf(head)) {
      String prep = RoleReader.caseOf(s, d.dependent());
      if (d.relation().equals("nmod") && prep != null && AUTHOR_CASES.contains(prep)) {
        EventActor a = actors.actor(doc, in, s, d.dependent());
        if (a != null && a.actor() != null && !same(a, other)) {
          return new Inner(a, d.dependent()); // "calls by Belarus's rulers": the rulers
        }
      }
    }
    int[] span = s.extent(head, d -> !d.relation().equals("acl:relcl"));
    boolean civilians = false;
    for (int i = span[0]; i <= span[1]; i++) {
      if (i == head || ForeignModifiers.isForeign(s, i)) {
        civilians |= i == head && phrases.namesCivilians(s.tokens().get(i));
        continue;
      }
      Token t = s.tokens().get(i);
      civilians |= phrases.namesCivilians(t);
      Entity e = in.entities().at(t.start(), t.end());
      EventActor a = e == null ? null : named(in, s, i, e);
      EventActor whole = a == null || a.actor() == null ? null : nationalNoun(in, s, i, head);
      a = whole == null || same(whole, other) ? a : whole;
      if (a != null && a.actor() != null && !same(a, other)) {
        if (civilians && a.actor().sector() == null && a.actor().country() != null) {
          // "a curfew in the town of Cizre in southeastern Turkey": the town's people, of the
          // country named for the town the lexicon does not know
          a = new EventActor(a.entity(), a.name(), Actor.of(a.actor().country(), "CVL"));
        }
        return new Inner(a, i); // "a curfew in the town of Cizre": the town's people
      }
      String country = e == null ? phrases.nationOf(t) : null;
      if (country != null) {
        // "Peruvian" names the country; "Palestinians", a plural noun, its people
        String sector = t.isNoun() && t.pos().endsWith("S") ? "CVL" : null;
        EventActor nation = new EventActor(null, t.word(), Actor.of(country, sector));
        whole = nationalNoun(in, s, i, head);
        return new Inner(whole == null || same(whole, other) ? nation : whole, i);
      }
    }
    return null;
  }

  /**
   * The coded noun a nation word or name inside a role phrase modifies, when that noun names a
   * sector ("the resignation of the Ukrainian prime minister": the prime minister, UKR GOV, not
   * Ukraine); null otherwise, or when the noun is the phrase's own head (already read).
   */
  private EventActor nationalNoun(EventInput in, Sentence s, int token, int head) {
    Dependency up = s.headOf(token);
    if (up == null
        || up.governor() < 0
        || up.governor() == head
        || !(up.relation().equals("amod")
            || up.relation().equals("compound")
            || up.relation().equals("nmod:poss"))
        || !s.tokens().get(up.governor()).isNoun()) {
      return null;
    }
    EventActor a = actors.actor(in.doc(), in, s, up.governor());
    return a == null || a.actor() == null || a.actor().sector() == null ? null : a;
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

  private static boolean same(EventActor a, EventActor b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.entity() != null) {
      return a.entity().equals(b.entity());
    }
    return a.name().equals(b.name());
  }

  /**
   * Whether the role phrase names a party of a cooperative act rather than its topic: a direct
   * object ("met Putin"), or a "with", "between" or "to" phrase ("talks with Quito").
   */
  private static boolean partyPhrase(Sentence s, int token) {
    String prep = token < 0 ? null : RoleReader.caseOf(s, token);
    return isObject(s, token) || prep != null && PARTY_CASES.contains(prep);
  }

  /** Whether the token is a verb's direct object. */
  private static boolean isObject(Sentence s, int token) {
    Dependency up = token < 0 ? null : s.headOf(token);
    return up != null && up.relation().equals("obj");
  }
}
