package org.newsgraph.extract.event.actor;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.model.Actor;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.rules.RuleFile;

/** "A US national", "a French citizen": one of a country's people, its civilians (CVL). */
final class Citizens {
  /**
   * Words for one of a country's people after its name: "a US national", "a French citizen" ({@code
   * event/citizen-nouns.tsv}).
   */
  private static final Set<String> CITIZEN_WORDS = RuleFile.words("/event/citizen-nouns.tsv");

  private final NounPhraseActors plain;

  Citizens(NounPhraseActors plain) {
    this.plain = plain;
  }

  /**
   * "A US national", "a French citizen": a nation word the parser made the head of the phrase,
   * followed by a word for one of its people, stands for that country's civilians (CVL), not for
   * the country.
   */
  static EventActor citizen(Sentence s, int token, EventActor a) {
    if (a == null || a.actor() == null || a.actor().sector() != null || token < 0) {
      return a;
    }
    int next = token + 1;
    if (next >= s.tokens().size()
        || !CITIZEN_WORDS.contains(s.tokens().get(next).word().toLowerCase(Locale.ROOT))
        || next + 1 < s.tokens().size() && s.tokens().get(next + 1).isNoun()) {
      return a; // "the French national team" is no citizen
    }
    return new EventActor(a.entity(), a.name(), Actor.of(a.actor().country(), "CVL"));
  }

  /**
   * "a US national" parsed with "national" as the head: the nation word hung on it names the
   * country whose civilian (CVL) this is.
   */
  EventActor nationOfCitizen(EventInput in, Sentence s, int token) {
    if (!CITIZEN_WORDS.contains(s.tokens().get(token).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (Dependency d : s.childrenOf(token)) {
      if (d.relation().equals("compound") || d.relation().equals("amod")) {
        EventActor nation = plain.plainActor(in, s, d.dependent());
        if (nation != null && nation.actor() != null && nation.actor().country() != null) {
          return new EventActor(
              nation.entity(), nation.name(), Actor.of(nation.actor().country(), "CVL"));
        }
      }
    }
    return null;
  }
}
