package org.newsgraph.extract.quote;

import java.util.Locale;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityRef;

/**
 * The person a bare name stands for where the entity layer did not link it: a transcript label
 * ("FALLIN:") or a name glued to a live blog's time stamp ("9:52PMBush Says ..."), matched on the
 * article's people by full name or surname, whatever the case.
 */
final class PersonNamed {
  private PersonNamed() {}

  /** The one person the article names so, or null when none or several are. */
  static Entity find(EntityLayer entities, String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return null;
    }
    Entity found = null;
    for (Entity e : entities.entities()) {
      if (!e.type().equals("PERSON")) {
        continue;
      }
      String full = e.name().toLowerCase(Locale.ROOT);
      if (full.equals(wanted)) {
        return e;
      }
      if (full.endsWith(" " + wanted)) {
        if (found != null && found != e) {
          return null; // two people of that surname: the label does not say which
        }
        found = e;
      }
    }
    return found;
  }

  /** The person as an attribution's speaker, or the name as written when no person matches. */
  static EntityRef ref(EntityLayer entities, String name) {
    Entity e = find(entities, name);
    return e != null ? new EntityRef(e.id(), e.name()) : new EntityRef(null, name);
  }
}
