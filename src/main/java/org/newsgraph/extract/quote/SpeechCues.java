package org.newsgraph.extract.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * The verbs of saying, read from {@code quote/speech-cues.tsv}: single verbs ("say") and verbs with
 * a particle ("point out"), which are cues only with it.
 */
public final class SpeechCues {
  private final Set<String> lemmas;

  /** Verb lemma to the particle that makes it a verb of saying: "point" to "out". */
  private final Map<String, String> particles;

  private SpeechCues(Set<String> lemmas, Map<String, String> particles) {
    this.lemmas = Set.copyOf(lemmas);
    this.particles = Map.copyOf(particles);
  }

  /** The built-in list, read once: the quote and event layers share it. */
  private static final SpeechCues BUILT_IN = load();

  /** The built-in list. */
  public static SpeechCues builtIn() {
    return BUILT_IN;
  }

  private static SpeechCues load() {
    Set<String> out = new java.util.HashSet<>();
    Map<String, String> particles = new HashMap<>();
    for (RuleFile.Line line : RuleFile.read("/quote/speech-cues.tsv")) {
      String cue = line.fields()[0].strip();
      if (cue.matches("[a-z]+ [a-z]+")) {
        String[] words = cue.split(" ");
        particles.put(words[0], words[1]);
      } else if (cue.matches("[a-z]+")) {
        out.add(cue);
      } else {
        throw line.error("not a lemma, nor a lemma and its particle");
      }
    }
    return new SpeechCues(out, particles);
  }

  /** Whether the token is a verb of saying by itself. */
  public boolean isCue(Token t) {
    return t.isVerb() && lemmas.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the token is a verb of saying in its sentence: alone, or with its particle. */
  public boolean isCue(Sentence s, Token t) {
    return isCue(s.tokens(), t);
  }

  /** Whether the token is a verb of saying among its sentence's tokens ("pointed out"). */
  public boolean isCue(List<Token> tokens, Token t) {
    return isCue(t) || particle(tokens, t) != null;
  }

  /**
   * The cue's words as the text has them: "pointed out" for a verb with its particle, else the
   * verb.
   */
  public String words(Sentence s, Token t) {
    Token particle = isCue(t) ? null : particle(s.tokens(), t);
    return particle == null ? t.word() : t.word() + " " + particle.word();
  }

  /** The particle right after the verb that makes it a cue ("out" of "pointed out"), or null. */
  private Token particle(List<Token> tokens, Token t) {
    String particle = t.isVerb() ? particles.get(t.lemma().toLowerCase(Locale.ROOT)) : null;
    int next = t.index() + 1; // tokens are a sentence's, indexed from 0
    if (particle == null || next >= tokens.size()) {
      return null;
    }
    Token p = tokens.get(next);
    return p.pos().equals("RP") && p.word().equalsIgnoreCase(particle) ? p : null;
  }
}
