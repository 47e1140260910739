package org.newsgraph.extract.event.trigger;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * Event nouns named as something feared, hoped for, planned or possible ("amid fears of an attack",
 * "hope for a ceasefire", "a planned protest"): the sentence reports no such act, so the event is
 * hypothetical ({@code event/prospect-words.tsv}).
 */
public final class ProspectiveNouns {
  private static final Map<String, Set<String>> WORDS =
      RuleFile.kinds("/event/prospect-words.tsv", "noun", "modifier");

  /** Nouns that hold an act as a prospect: "fears of", "hope for". */
  private static final Set<String> NOUNS = WORDS.get("noun");

  /** Modifiers that make an event noun a prospect: "planned", "possible". */
  private static final Set<String> MODIFIERS = WORDS.get("modifier");

  private ProspectiveNouns() {}

  /** Whether the noun trigger is named as a prospect rather than an act done. */
  public static boolean prospect(Sentence s, TriggerLexicon.Match m) {
    if (!m.trigger().noun()) {
      return false;
    }
    int at = m.head();
    for (int steps = 0; steps < 3; steps++) {
      if (modified(s, at)) {
        return true;
      }
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0) {
        return false;
      }
      Token governor = s.tokens().get(up.governor());
      boolean held = up.relation().startsWith("nmod") || up.relation().startsWith("acl");
      if (held && governor.isNoun() && listed(NOUNS, governor)) {
        return true;
      }
      if (!up.relation().equals("conj")) {
        return false; // "fears of reprisals and attacks": both are feared
      }
      at = up.governor();
    }
    return false;
  }

  /**
   * "a planned protest", "a possible attack": a prospective modifier of the noun; but "mounted its
   * long-planned invasion": a verb that carries the act out makes it done.
   */
  private static boolean modified(Sentence s, int noun) {
    Dependency up = s.headOf(noun);
    if (up != null
        && up.governor() >= 0
        && up.relation().equals("obj")
        && CarrierWords.isLightVerb(s.tokens().get(up.governor()))) {
      return false;
    }
    for (Dependency d : s.childrenOf(noun)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound"))
          && listed(MODIFIERS, s.tokens().get(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word as written, its lemma or its singular is listed: the tagger may leave a plural
   * as its own lemma ("prospects").
   */
  private static boolean listed(Set<String> words, Token t) {
    String word = t.word().toLowerCase(Locale.ROOT);
    return words.contains(word)
        || words.contains(t.lemma().toLowerCase(Locale.ROOT))
        || word.endsWith("s") && words.contains(word.substring(0, word.length() - 1));
  }
}
