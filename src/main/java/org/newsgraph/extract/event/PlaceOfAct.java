package org.newsgraph.extract.event;

import org.newsgraph.model.Entity;
import org.newsgraph.model.Location;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Where an act is done, as roles and actors read it: the place its clause or phrases name. */
public final class PlaceOfAct {
  private PlaceOfAct() {}

  /**
   * The place an act is done in: one the clause names ("lifted the curfew in Cizre"), else one the
   * trigger noun or the target phrase names ("extend the curfew in Abidjan", "evacuate settlements
   * in Gaza"), read from a coded place name, else from the place resolver.
   */
  public static Location of(EventInput in, Sentence s, int clause, int trigger, int target) {
    for (int head : new int[] {clause, trigger, target}) {
      Location where = head < 0 ? null : named(in, s, head);
      if ((where == null || where.country() == null) && head >= 0) {
        where = in.places().inClause(s, head);
      }
      if (where != null && where.country() != null) {
        return where;
      }
    }
    return null;
  }

  /** A coded place named after "in", "to", "at" ... on the head ("lifted the curfew in Cizre"). */
  private static Location named(EventInput in, Sentence s, int head) {
    for (Dependency d : s.childrenOf(head)) {
      if (!d.relation().startsWith("obl") && !d.relation().startsWith("nmod")) {
        continue;
      }
      String prep = Prepositions.caseOf(s, d.dependent());
      Token t = s.tokens().get(d.dependent());
      Entity e = in.entities().at(t.start(), t.end());
      if (prep != null
          && Prepositions.PLACE_CASES.contains(prep)
          && e != null
          && e.type().equals("LOCATION")) {
        return new Location(e.name(), e.actor() == null ? null : e.actor().country(), null, null);
      }
    }
    return null;
  }
}
