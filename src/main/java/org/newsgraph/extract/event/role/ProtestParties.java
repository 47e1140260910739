package org.newsgraph.extract.event.role;

import static org.newsgraph.extract.event.actor.SameParty.same;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.extract.event.actor.PhraseActors;
import org.newsgraph.extract.event.actor.PhraseCoder;
import org.newsgraph.model.Actor;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** The parties of a protest: who protests, and whom a protest with no stated target is against. */
final class ProtestParties {
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

  private final PhraseCoder phrases;
  private final ActorReader actors;
  private final PhraseActors inside;
  private final ClauseTargets clauses;

  ProtestParties(
      PhraseCoder phrases, ActorReader actors, PhraseActors inside, ClauseTargets clauses) {
    this.phrases = phrases;
    this.actors = actors;
    this.inside = inside;
    this.clauses = clauses;
  }

  /** Whether an act of the category with no stated target is aimed at the government. */
  static boolean directedAtGovernment(String type) {
    return DIRECTED_AT_GOVERNMENT.contains(type);
  }

  /** Whom a protest with no stated target is against: what it protests, else the authorities. */
  EventActor target(EventInput in, Sentence s, int head, int trigger, EventActor source) {
    EventActor against = protestedAgainst(in, s, head, trigger, source);
    return against != null ? against : ownGovernment(in, s, head, source);
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
            && "in".equals(Prepositions.caseOf(s, d.dependent()))
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
        String prep = String.valueOf(Prepositions.caseOf(s, what.dependent()));
        boolean fits =
            wanted.equals("by") ? aimed && prep.equals("by") : PROTESTED_CASES.contains(prep);
        if (!what.relation().equals("nmod") || !fits) {
          continue;
        }
        aimed = true;
        EventActor a = actors.actor(in, s, what.dependent());
        if (a == null || a.actor() == null) {
          PhraseActors.Inner inner = inside.innerActor(in, s, what.dependent(), source);
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
  EventActor doneDuring(EventInput in, Sentence s, int noun) {
    Dependency up = s.headOf(noun);
    if (up == null
        || up.governor() < 0
        || !up.relation().startsWith("obl")
        || !"during".equals(Prepositions.caseOf(s, noun))) {
      return null;
    }
    int subject = s.child(up.governor(), "nsubj");
    EventActor a = subject < 0 ? null : actors.actor(in, s, subject);
    // Set.of refuses a null lookup: an actor may have a country and no sector ("Americans").
    boolean order =
        a != null
            && a.actor() != null
            && a.actor().sector() != null
            && FORCES_OF_ORDER.contains(a.actor().sector());
    return a == null || a.actor() == null || order ? null : a;
  }

  /**
   * The authorities a protest with no stated target is aimed at: an actor named in its purpose ("to
   * demand the resignation of the Algerian president"), else the government of the protesters'
   * country, else of the country the sentence names; null when none is known.
   */
  private EventActor ownGovernment(EventInput in, Sentence s, int head, EventActor source) {
    EventActor purpose = clauses.purposeTarget(in, s, head, source);
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
}
