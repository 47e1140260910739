package org.newsgraph.extract.event.actor;

import static org.newsgraph.extract.event.actor.SameParty.same;

import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Actors named inside a role phrase rather than by it: its aim, its author, a nation or town. */
public final class PhraseActors {
  /** Prepositions that name who made a thing: "an offer from Kabul", "calls by the rulers". */
  private static final Set<String> AUTHOR_CASES = Set.of("by", "from");

  private final PhraseCoder phrases;
  private final ActorReader actors;
  private final TownPeople towns;

  public PhraseActors(PhraseCoder phrases, ActorReader actors) {
    this.phrases = phrases;
    this.actors = actors;
    this.towns = actors.towns();
  }

  /** The nation a national adjective before an event noun names ("Palestinian riots"), or null. */
  public EventActor nationalModifier(Sentence s, int noun) {
    for (Dependency d : s.childrenOf(noun)) {
      Token t = s.tokens().get(d.dependent());
      String country = d.relation().equals("amod") ? phrases.nationOf(t) : null;
      if (country != null) {
        return new EventActor(null, t.word(), Actor.of(country, null));
      }
    }
    return null;
  }

  /**
   * An entity found inside a role phrase, as a role: a town or capital named as a place ("a curfew
   * in Algiers") stands for its people (CVL), as the PLOVER gold codes cities; an office without a
   * country takes the one the sentence names.
   */
  public EventActor named(EventInput in, Sentence s, int token, Entity e) {
    EventActor town = towns.town(in, s, token, e);
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
  public EventActor aimedAt(EventInput in, Sentence s, int phrase, EventActor otherwise) {
    for (Dependency d : s.childrenOf(phrase)) {
      String prep = Prepositions.caseOf(s, d.dependent());
      if (d.relation().equals("nmod") && (Prepositions.aimsAt(prep) || "of".equals(prep))) {
        EventActor a = actors.actor(in, s, d.dependent());
        if (a != null && a.actor() != null) {
          return a;
        }
      }
    }
    return otherwise;
  }

  /** An actor found inside a phrase, and the token it was read from. */
  public record Inner(EventActor actor, int token) {}

  /** An actor named inside a role phrase that has none itself: "a fresh offer from Kabul". */
  public Inner innerActor(EventInput in, Sentence s, int head, EventActor other) {
    for (Dependency d : s.childrenOf(head)) {
      String prep = Prepositions.caseOf(s, d.dependent());
      if (d.relation().equals("nmod") && prep != null && AUTHOR_CASES.contains(prep)) {
        EventActor a = actors.actor(in, s, d.dependent());
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
    EventActor a = actors.actor(in, s, up.governor());
    return a == null || a.actor() == null || a.actor().sector() == null ? null : a;
  }
}
