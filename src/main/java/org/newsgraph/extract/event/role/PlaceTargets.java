package org.newsgraph.extract.event.role;

import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.PlaceOfAct;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.extract.event.actor.PhraseCoder;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Location;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/**
 * Places as event targets: an act done inside a country targets it ("lifted the curfew in Cizre"),
 * a town or region standing for its people (CVL), and a city struck is its people, not its
 * government.
 */
final class PlaceTargets {
  /**
   * Categories whose place is not their target unless it is abroad: troops sent to their own border
   * are not sent against it, but forces strengthened in a neighbour's territory are aimed at it.
   */
  private static final Set<String> WITHOUT_PLACE_TARGET = Set.of("MOBILIZE");

  /**
   * Categories whose act on a city falls on its people: "shelled Sarajevo", "farmers will blockade
   * Paris".
   */
  private static final Set<String> STRUCK_PLACES = Set.of("ASSAULT", "COERCE", "PROTEST");

  /** Cooperative categories, whose act in a capital deals with its government. */
  private static final Set<String> COURTED_PLACES =
      Set.of("SUPPORT", "CONSULT", "COOPERATE", "AGREE");

  private final PhraseCoder phrases;

  PlaceTargets(PhraseCoder phrases) {
    this.phrases = phrases;
  }

  /**
   * The place an act of the category (null for any) is done in, as its target: read from the
   * clause, the trigger noun, the target phrase, then the verb a noun trigger hangs from ("remained
   * on alert in the West Bank"); -1 skips one. Null when there is none, or when the category's
   * place is no target and the place is not abroad.
   */
  EventActor target(
      EventInput in,
      Sentence s,
      String type,
      EventActor source,
      int clause,
      int noun,
      int phrase,
      int verb) {
    Location where = PlaceOfAct.of(in, s, clause, noun, phrase);
    where = where == null && verb >= 0 ? PlaceOfAct.of(in, s, verb, -1, -1) : where;
    boolean placeless = type != null && WITHOUT_PLACE_TARGET.contains(type);
    if (where == null || (placeless && !abroad(where, source))) {
      return null;
    }
    String sector = placeSector(where);
    if (sector == null && inTown(s, clause)) {
      // "imposed a curfew in the town of Cizre in southeastern Turkey": the town's people, of the
      // country named for a town the lexicon does not know
      sector = "CVL";
    }
    return new EventActor(null, where.name(), Actor.of(where.country(), sector));
  }

  /** Whether the clause places its act in a town, city or village ("in the town of Cizre"). */
  private boolean inTown(Sentence s, int clause) {
    if (clause < 0) {
      return false;
    }
    for (Dependency d : s.childrenOf(clause)) {
      String prep = Prepositions.caseOf(s, d.dependent());
      if (d.relation().startsWith("obl")
          && "in".equals(prep)
          && phrases.namesCivilians(s.tokens().get(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sector of a place that is a target: none for a country, CVL for a town or region, as the
   * PLOVER gold codes cities ("imposed a curfew in Cizre": Turkey's civilians).
   */
  private String placeSector(Location where) {
    return phrases.isCountryName(where.name()) ? null : "CVL";
  }

  /**
   * A city that an attack, a coercion or a protest falls on stands for its people, not the
   * government it is often named for ("blockade Paris", "shelled Sarajevo": FRA CVL, BIH CVL).
   */
  EventActor cityStruck(EventInput in, String type, EventActor target) {
    if (!STRUCK_PLACES.contains(type)
        || target == null
        || target.entity() == null
        || target.actor() == null
        || target.actor().country() == null
        || phrases.isCountryName(target.name())) {
      return target;
    }
    Entity e = in.entities().byId(target.entity());
    return e == null || !"LOCATION".equals(e.type())
        ? target
        : new EventActor(target.entity(), target.name(), Actor.of(target.actor().country(), "CVL"));
  }

  /**
   * A capital that a cooperative act is aimed at or done in stands for its government: "opened an
   * embassy in Tehran" deals with Iran's government, as the gold codes a capital GOV and only a
   * town struck or coerced CVL.
   */
  EventActor capitalCourted(EventInput in, String type, EventActor target) {
    if (!COURTED_PLACES.contains(type)
        || target == null
        || target.entity() == null
        || target.actor() == null
        || !"CVL".equals(target.actor().sector())) {
      return target;
    }
    Entity e = in.entities().byId(target.entity());
    return e == null
            || !"LOCATION".equals(e.type())
            || e.actor() == null
            || !"GOV".equals(e.actor().sector())
        ? target
        : new EventActor(target.entity(), target.name(), e.actor());
  }

  /** Whether a place lies outside the country of the event's source. */
  private static boolean abroad(Location where, EventActor source) {
    return source != null
        && source.actor() != null
        && source.actor().country() != null
        && !source.actor().country().equals(where.country());
  }
}
