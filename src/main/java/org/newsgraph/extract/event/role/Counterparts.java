package org.newsgraph.extract.event.role;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.EventActor;

/**
 * A counterpart holds the other party's office in its own country: "the Indian foreign secretary
 * met his Pakistani counterpart" is Pakistan's government (PAK GOV), not Pakistan alone.
 */
final class Counterparts {
  /** The words for one who holds the same office elsewhere. */
  private static final Set<String> WORDS = Set.of("counterpart", "counterparts");

  private Counterparts() {}

  /** The role with the other party's sector when it is a counterpart coded by country alone. */
  static EventActor withSectorOf(EventActor role, EventActor other) {
    if (role == null
        || role.actor() == null
        || role.actor().country() == null
        || role.actor().sector() != null
        || other == null
        || other.actor() == null
        || other.actor().sector() == null
        || !isCounterpart(role.name())) {
      return role;
    }
    return new EventActor(
        role.entity(), role.name(), Actor.of(role.actor().country(), other.actor().sector()));
  }

  private static boolean isCounterpart(String name) {
    if (name == null) {
      return false;
    }
    String[] words = name.strip().split("\\s+");
    return WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }
}
