package org.newsgraph.extract.event.actor;

import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** A town or city named as a role, standing for its people (CVL) as the PLOVER gold codes it. */
final class TownPeople {
  private final PhraseCoder phrases;

  TownPeople(PhraseCoder phrases) {
    this.phrases = phrases;
  }

  /**
   * A town or city as a role stands for its people, as the PLOVER gold codes cities (its readme:
   * "cities in general go to sector CVL", a capital GOV only as subject or direct object): a place
   * named after "in", "to", "at" ... that is not a country ("a curfew in Algiers", "voting in East
   * Jerusalem"), or a town the lexicon does not know whose country the place resolver found ("the
   * town of Cizre"). Null for anything else.
   */
  EventActor town(EventInput in, Sentence s, int token, Entity e) {
    if (!"LOCATION".equals(e.type()) || phrases.isCountryName(e.name())) {
      return null;
    }
    if (e.actor() == null) {
      String country = resolvedCountry(in, e);
      for (String w : e.name().split("\\s+")) {
        String named = phrases.countryNamed(w);
        if (named != null && !named.equals(country)) {
          return null; // "South Lebanon" is not the town in Ohio the gazetteer found
        }
      }
      return country == null ? null : new EventActor(e.id(), e.name(), Actor.of(country, "CVL"));
    }
    // the preposition hangs on the name's head, not on "East" of "East Jerusalem"
    for (int i = token; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (!e.equals(in.entities().at(t.start(), t.end()))) {
        break;
      }
      String prep = Prepositions.caseOf(s, i);
      if (prep != null && Prepositions.PLACE_CASES.contains(prep)) {
        return new EventActor(e.id(), e.name(), Actor.of(e.actor().country(), "CVL"));
      }
    }
    return null;
  }

  /** The country the place resolver gave a mention of the entity, or null. */
  private static String resolvedCountry(EventInput in, Entity e) {
    for (Place p : in.places().places()) {
      if (p.country() == null) {
        continue;
      }
      for (Mention pm : p.mentions()) {
        if (e.mentions().stream().anyMatch(em -> em.start() == pm.start())) {
          return p.country();
        }
      }
    }
    return null;
  }
}
