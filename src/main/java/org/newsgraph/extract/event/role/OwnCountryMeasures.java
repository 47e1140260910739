package org.newsgraph.extract.event.role;

import java.util.Set;
import org.newsgraph.extract.event.TrailingParticiples;
import org.newsgraph.extract.event.trigger.TriggerContext;
import org.newsgraph.extract.event.trigger.TriggerLexicon;
import org.newsgraph.model.Actor;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Sentence;

/** The own country of a state, as the target of a measure it takes at home. */
final class OwnCountryMeasures {
  /**
   * Categories whose act by the state on no one named falls on its own country: a state of
   * emergency lifted, a permit denied, a ban imposed (as the PLOVER gold codes them).
   */
  private static final Set<String> DOMESTIC = Set.of("CONCEDE", "COERCE", "REJECT", "RETREAT");

  /** Sectors of the state, whose measures with no one named fall on their own country. */
  private static final Set<String> STATE = Set.of("GOV", "LEG", "JUD", "COP", "MIL");

  private OwnCountryMeasures() {}

  /**
   * The own country of the state source of a domestic measure aimed at no one named, or null: not
   * for a trailing participle (its clause's target is its own), a pronoun object, or an offer.
   */
  static EventActor target(RoleContext c, EventActor source) {
    Sentence s = c.sentence();
    TriggerLexicon.Match m = c.match();
    RoleReader.Roles roles = c.roles();
    if (!DOMESTIC.contains(m.trigger().type())
        || TrailingParticiples.trailing(s, m.head())
        || roles.target() >= 0 && s.tokens().get(roles.target()).pos().startsWith("PRP")
        || TriggerContext.offered(s, m)) { // "offered concessions" is aimed at whom it is offered
      return null;
    }
    return ownCountry(source);
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
}
