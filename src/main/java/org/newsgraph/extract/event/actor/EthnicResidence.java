package org.newsgraph.extract.event.actor;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/** The country a people or ethnic group lives in, as CAMEO codes minorities. */
final class EthnicResidence {
  /** Civilians who keep their own country where they are ({@code event/visitor-nouns.tsv}). */
  private static final Set<String> VISITORS = RuleFile.words("/event/visitor-nouns.tsv");

  private final PhraseCoder phrases;

  EthnicResidence(PhraseCoder phrases) {
    this.phrases = phrases;
  }

  /**
   * An ethnic group is coded by the country it lives in, as CAMEO codes minorities ("ethnic
   * Albanians in southern Serbia" SRB CVL, "the Albanians of Kosovo"): the country its phrase
   * places it in, else, for "ethnic ...", the nearest other country the sentence names. Forces,
   * officials and workers abroad ("American soldiers in Iraq") and settlers, tourists and nationals
   * keep their own country.
   */
  EventActor residence(EventInput in, Sentence s, int token, EventActor a) {
    if (a == null || a.actor() == null || a.actor().country() == null || token < 0) {
      return a;
    }
    Token t = s.tokens().get(token);
    if (a.actor().sector() != null && !a.actor().sector().equals("CVL")
        || VISITORS.contains(t.word().toLowerCase(Locale.ROOT))) {
      return a; // "American soldiers in Iraq", "Israeli settlers in the West Bank" keep their own
    }
    // a people, not a thing of theirs: "Libyan positions in Chad" stay Libya's
    boolean people =
        t.pos().equals("NNPS")
            || t.pos().equals("NNS")
                && ("CVL".equals(a.actor().sector()) || phrases.nationOf(t) != null);
    String placed = null;
    boolean ethnic = false;
    for (Dependency d : s.childrenOf(token)) {
      Token dt = s.tokens().get(d.dependent());
      ethnic |= dt.word().equalsIgnoreCase("ethnic");
      String prep = Prepositions.caseOf(s, d.dependent());
      Entity e = in.entities().at(dt.start(), dt.end());
      if (d.relation().equals("nmod")
          && ("in".equals(prep) || "of".equals(prep))
          && e != null
          && "LOCATION".equals(e.type())
          && e.actor() != null) {
        placed = e.actor().country();
      }
    }
    ethnic |= token > 0 && s.tokens().get(token - 1).word().equalsIgnoreCase("ethnic");
    String own = a.actor().country();
    String country =
        placed != null && people
            ? placed
            : ethnic ? phrases.nearestCountry(s, token, in.entities(), own) : null;
    if (country == null || country.equals(own) && a.actor().sector() != null) {
      return a;
    }
    String sector = a.actor().sector() == null ? "CVL" : a.actor().sector();
    return new EventActor(a.entity(), a.name(), Actor.of(country, sector));
  }
}
