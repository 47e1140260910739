package org.newsgraph.extract.event.actor;

import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.model.Actor;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who an event's role word stands for: the actor its own phrase names ("Syrian officials"), placed
 * where a people lives, a citizen's country, a pronoun's referent, with the country the context
 * gives a national sector that has none.
 */
public final class ActorReader {
  /**
   * Sectors whose actor belongs to a country, taken from context when the phrase has none; refugees
   * take the country the sentence places them in ("aid to refugees fleeing the war in Liberia"),
   * parties theirs ("urged the parties to the conflict in Iraq"); a former president is an elite
   * (ELI) of his country; doctors, peasants, clerics and spies are a country's too (criminals are
   * placed where they act).
   */
  private static final Set<String> NATIONAL_SECTORS =
      Set.of(
          "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "EDU", "MED", "BUS", "LAB", "REF",
          "POL", "ELI", "HLH", "AGR", "REL", "SPY");

  private final SectorCountry sectorCountry;
  private final TownPeople towns;
  private final NounPhraseActors plain;
  private final EthnicResidence residences;
  private final Citizens citizens;
  private final PronounReferents pronouns;

  public ActorReader(PhraseCoder phrases) {
    this.sectorCountry = new SectorCountry(phrases);
    this.towns = new TownPeople(phrases);
    this.plain = new NounPhraseActors(phrases, towns);
    this.residences = new EthnicResidence(phrases);
    this.citizens = new Citizens(plain);
    this.pronouns = new PronounReferents(plain);
  }

  /** The actor a role word stands for, in context; null when the word names none. */
  public EventActor actor(EventInput in, Sentence s, int token) {
    EventActor a =
        Citizens.citizen(
            s, token, residences.residence(in, s, token, plain.plainActor(in, s, token)));
    if (a == null && token >= 0) {
      a = citizens.nationOfCitizen(in, s, token);
    }
    if (token >= 0 && (a == null || a.actor() == null && a.entity() == null)) {
      EventActor referent = pronouns.referent(in, s, token, a);
      a = referent != null ? referent : a;
    }
    return withCountry(in, s, token, a);
  }

  /** The towns standing for their people, shared with the readers of actors inside a phrase. */
  TownPeople towns() {
    return towns;
  }

  /** The country a word names: its entity's, or a national word no entity covers ("Iraqi"). */
  public String countryNamedBy(EventInput in, Token t) {
    return sectorCountry.namedBy(in, t);
  }

  /**
   * "the government", "President X" with no country: the country the context names ({@link
   * SectorCountry}).
   */
  public EventActor withCountry(EventInput in, Sentence s, int token, EventActor a) {
    if (a != null
        && a.actor() != null
        && a.actor().country() == null
        && NATIONAL_SECTORS.contains(a.actor().sector())
        && (a.name() == null || !SectorCountry.unplaced(a.name()))) {
      String country = sectorCountry.of(in, s, token);
      if (country != null) {
        return new EventActor(a.entity(), a.name(), Actor.of(country, a.actor().sector()));
      }
    }
    return a;
  }
}
