package org.newsgraph.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/** The verbs of saying, read from {@code quote/speech-cues.tsv}. */
public final class SpeechCues {
  private final Set<String> lemmas;

  private SpeechCues(Set<String> lemmas) {
    this.lemmas = Set.copyOf(lemmas);
  }

  /** The built-in list, read once: the quote and event layers share it. */
  private static final SpeechCues BUILT_IN = load();

  /** The built-in list. */
  public static SpeechCues builtIn() {
    return BUILT_IN;
  }

  private static SpeechCues load() {
    Set<String> out = new java.util.HashSet<>();
    for (RuleFile.Line line : RuleFile.read("/quote/speech-cues.tsv")) {
      String lemma = line.fields()[0].strip();
      if (!lemma.matches("[a-z]+")) {
        throw line.error("not a lemma");
      }
      out.add(lemma);
    }
    return new SpeechCues(out);
  }

  /** Whether the token is a verb of saying. */
  public boolean isCue(Token t) {
    return t.isVerb() && lemmas.contains(t.lemma().toLowerCase(Locale.ROOT));
  }
}
