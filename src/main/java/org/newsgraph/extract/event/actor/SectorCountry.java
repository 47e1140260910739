package org.newsgraph.extract.event.actor;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.PlaceOfAct;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Location;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * The country of a role coded with a national sector and no country ("the police", "militiamen"):
 * the country its own phrase names, else the country of the place its act is done in, else the
 * country named nearest it. The place outranks a nearer name, which is as often the other party's
 * nationality: "Shiite militiamen kidnapped two Americans in Beirut" are Lebanon's.
 */
final class SectorCountry {
  /** Modifiers that deny a group the context's country ({@code event/unplaced-words.tsv}). */
  private static final Set<String> UNPLACED = RuleFile.words("/event/unplaced-words.tsv");

  private final PhraseCoder phrases;

  SectorCountry(PhraseCoder phrases) {
    this.phrases = phrases;
  }

  /** The country for the role at the token (the role's head word, or the trigger's), or null. */
  String of(EventInput in, Sentence s, int token) {
    String country = within(in, s, token);
    country = country != null ? country : placeOfAct(in, s, token);
    return country != null ? country : phrases.nearestCountry(s, token, in.entities(), null);
  }

  /**
   * Whether the role's words say it is not of the context's country ("foreign aid workers",
   * "Western diplomats"): such a role is left without a country.
   */
  static boolean unplaced(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (UNPLACED.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The country a word names: its entity's, or a national word no entity covers ("Iraqi"). */
  String namedBy(EventInput in, Token t) {
    Entity e = in.entities().at(t.start(), t.end());
    return e == null ? phrases.nationOf(t) : e.actor() == null ? null : e.actor().country();
  }

  /**
   * The first country named inside the phrase headed by the token, relative clauses aside ("the
   * parties to the conflict in Bolivia"), or null: the phrase's own place outranks a nearer name. A
   * patron or maker before a hyphen is not it ("Iranian-backed guerrillas").
   */
  private String within(EventInput in, Sentence s, int token) {
    if (token < 0) {
      return null;
    }
    int[] span = s.extent(token, d -> !d.relation().equals("acl:relcl"));
    for (int i = span[0]; i <= span[1]; i++) {
      String country = namedBy(in, s.tokens().get(i));
      if (country != null && i != token && !ForeignModifiers.isForeign(s, i)) {
        return country;
      }
    }
    return null;
  }

  /**
   * The country of the place named in the clause of the role's verb ("kidnapped two Americans in
   * Beirut"), or null: a verb's own clause, else the clause the role word hangs from.
   */
  private static String placeOfAct(EventInput in, Sentence s, int token) {
    if (token < 0) {
      return null;
    }
    int clause = token;
    if (!s.tokens().get(token).isVerb()) {
      Dependency up = s.headOf(token);
      if (up == null) {
        return null;
      }
      clause = up.governor();
    }
    Location where = PlaceOfAct.of(in, s, clause, -1, -1);
    return where == null ? null : where.country();
  }
}
