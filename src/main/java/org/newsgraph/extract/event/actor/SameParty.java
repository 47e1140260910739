package org.newsgraph.extract.event.actor;

import org.newsgraph.model.EventActor;

/** Whether two role actors are the same party: the same entity, else the same name. */
public final class SameParty {
  private SameParty() {}

  public static boolean same(EventActor a, EventActor b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.entity() != null) {
      return a.entity().equals(b.entity());
    }
    return a.name().equals(b.name());
  }
}
