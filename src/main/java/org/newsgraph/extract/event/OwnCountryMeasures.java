package org.newsgraph.extract.event;

import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.EventActor;

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

  /** Whether an act of the category by the state on no one named falls on its own country. */
  static boolean domestic(String type) {
    return DOMESTIC.contains(type);
  }

  /** The country of a state source, as the target of a measure it takes at home; or null. */
  static EventActor ownCountry(EventActor source) {
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
