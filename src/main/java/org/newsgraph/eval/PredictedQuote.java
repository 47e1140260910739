package org.newsgraph.eval;

import java.util.Set;

/**
 * A quote as a system predicted it, reduced to what the scorer compares.
 *
 * @param kind direct, partial or indirect
 * @param text the quoted or reported words
 * @param speaker the speaker's name, or null when the system gave none
 * @param speakerAliases every other way the system refers to the speaker (its entity's mentions:
 *     "he", "the senator"), for gold sources that are pronouns or descriptions
 * @param cue the cue, or null
 */
public record PredictedQuote(
    String kind, String text, String speaker, Set<String> speakerAliases, String cue) {
  public PredictedQuote {
    speakerAliases = Set.copyOf(speakerAliases);
  }
}
