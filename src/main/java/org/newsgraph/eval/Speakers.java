package org.newsgraph.eval;

import java.util.Set;

/**
 * Whether a predicted speaker is the gold source. Right when
 *
 * <ol>
 *   <li>the predicted name and the gold source share a word once case, accents, possessive "'s",
 *       function words and titles are dropped ("Mr. Trump" and "Donald Trump" share "trump"; a name
 *       that is only a title keeps it: "the minister"), or
 *   <li>one of the two is an acronym of the other ("the F.B.I.", "FBI" and "Federal Bureau of
 *       Investigation": the letters are the initials of the other's words, function words aside),
 *       or
 *   <li>the predicted speaker is also called what the gold source reads: its name or one of its
 *       aliases (the other mentions of the system's entity) reads the same as the gold source after
 *       normalization ("he" resolved to Paul Ryan, whose entity has the mention "he"; "Democrats"
 *       for the Democratic Party entity that has the mention "Democrats"; "the Fed" for the Federal
 *       Reserve called "the Fed"); a prediction that leaves "they" unresolved is right for a gold
 *       "they".
 * </ol>
 *
 * A prediction without a speaker is never right.
 */
public final class Speakers {
  private Speakers() {}

  /** Whether the prediction names the gold attribution's source. */
  public static boolean right(GoldAttribution gold, PredictedQuote pred) {
    if (pred.speaker() == null || pred.speaker().isBlank() || gold.source() == null) {
      return false;
    }
    Set<String> goldWords = Words.speakerWords(gold.source());
    for (String w : Words.speakerWords(pred.speaker())) {
      if (goldWords.contains(w)) {
        return true;
      }
    }
    if (Words.isAcronymOf(gold.source(), pred.speaker())
        || Words.isAcronymOf(pred.speaker(), gold.source())) {
      return true;
    }
    // A name is compared with the entity's other names as a pronoun or description is: the
    // entity the system reached through the words "Democrats" is the speaker PolNeAR calls so.
    Set<String> source = Words.words(gold.source());
    Set<String> names = new java.util.HashSet<>(pred.speakerAliases());
    names.add(pred.speaker());
    for (String alias : names) {
      if (!source.isEmpty() && Words.words(alias).equals(source)) {
        return true;
      }
    }
    return false;
  }
}
