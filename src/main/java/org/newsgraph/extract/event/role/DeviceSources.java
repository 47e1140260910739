package org.newsgraph.extract.event.role;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.PlaceOfAct;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.extract.event.actor.PhraseCoder;
import org.newsgraph.model.Actor;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Location;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/** The source a weapon, a blast or unnamed gunmen stand for: the country where they struck. */
final class DeviceSources {
  /** Weapons and blasts that act with no one named behind them ({@code event/device-nouns.tsv}). */
  private static final Set<String> DEVICES = RuleFile.words("/event/device-nouns.tsv");

  /** Sectors of sources placed where they act, as a bomb is: unnamed armed men and criminals. */
  private static final Set<String> PLACED_SECTORS = Set.of("UAF", "CRM");

  private final PhraseCoder phrases;
  private final ActorReader actors;

  DeviceSources(PhraseCoder phrases, ActorReader actors) {
    this.phrases = phrases;
    this.actors = actors;
  }

  /** Whether the word names a weapon or blast ({@code event/device-nouns.tsv}). */
  static boolean isDevice(Token t) {
    return DEVICES.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /**
   * A source that is a weapon or blast with no actor ("a roadside bombing near the Iraqi town ...
   * killed") stands for the country the sentence places it in, with no sector: a country named in
   * its own phrase, else the nearest one the sentence names other than a coded target's (the
   * victims' nationality is not where the bomb went off). Unnamed armed men and criminals ("gunmen"
   * UAF, "pirates" CRM) keep their sector and take the place of their act first.
   */
  EventActor deviceSource(
      EventInput in, Sentence s, int token, EventActor source, EventActor target) {
    if (token < 0 || source == null || source.entity() != null) {
      return source;
    }
    // "gunmen", "pirates": armed men or criminals no one names are placed as a bomb is
    boolean unnamed =
        source.actor() != null
            && source.actor().sector() != null
            && PLACED_SECTORS.contains(source.actor().sector())
            && source.actor().country() == null;
    if (!unnamed && (source.actor() != null || !isDevice(s.tokens().get(token)))) {
      return source;
    }
    String country = null;
    int[] span = s.extent(token, d -> true);
    for (int i = span[0]; i <= span[1] && country == null; i++) {
      country = actors.countryNamedBy(in, s.tokens().get(i));
    }
    Dependency up = s.headOf(token);
    Location where = !unnamed || up == null ? null : PlaceOfAct.of(in, s, up.governor(), -1, -1);
    if (country == null && where != null) {
      country = where.country(); // "gunmen killed two police officers in Karachi"
    }
    if (country == null && target != null && target.actor() != null) {
      // with no coded target, whose country to pass over is unknown: leave the source uncoded
      country = phrases.nearestCountry(s, token, in.entities(), target.actor().country());
    }
    return country == null
        ? source
        : new EventActor(
            null, source.name(), Actor.of(country, unnamed ? source.actor().sector() : null));
  }
}
