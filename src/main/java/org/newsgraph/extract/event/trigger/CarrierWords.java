package org.newsgraph.extract.event.trigger;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * Words that carry an act another word names: a light verb carries its event noun ("reaffirmed its
 * support"), a text an actor issues carries what its participle says ("a declaration demanding").
 */
public final class CarrierWords {
  /** Verbs that carry an event noun: "reaffirmed its support", "imposed sanctions". */
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "reaffirm",
          "restate",
          "reiterate",
          "renew",
          "express",
          "offer",
          "give",
          "make",
          "hold",
          "have",
          "impose",
          "announce",
          "provide",
          "extend",
          "voice",
          "pledge",
          "receive",
          "execute",
          "launch",
          "conduct",
          "carry",
          "begin",
          "start",
          "continue",
          "resume", // "resumed talks", "resumed shelling": the act again
          "intensify",
          "escalate",
          "stage",
          "organize",
          "mount",
          "undertake",
          "issue",
          "complete",
          "open",
          "grant",
          "reimpose",
          "initiate");

  /**
   * Nouns for a text an actor issues: a participle on one ("a declaration demanding ...") speaks
   * for whoever issued it ({@code event/document-nouns.tsv}).
   */
  private static final Set<String> DOCUMENT_NOUNS = RuleFile.words("/event/document-nouns.tsv");

  private CarrierWords() {}

  /** Whether the verb is one that carries an event noun as its object. */
  public static boolean isLightVerb(Token verb) {
    return LIGHT_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the noun names a text an actor issues ("statement", "declaration"). */
  public static boolean isDocumentNoun(Token noun) {
    return DOCUMENT_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT));
  }
}
