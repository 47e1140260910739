package org.newsgraph.extract.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.newsgraph.nlp.Token;

/** The verbs of saying, read from {@code quote/speech-cues.tsv}. */
public final class SpeechCues {
  private final Set<String> lemmas;

  private SpeechCues(Set<String> lemmas) {
    this.lemmas = Set.copyOf(lemmas);
  }

  /** The built-in list. */
  public static SpeechCues builtIn() {
    String resource = "/quote/speech-cues.tsv";
    InputStream in = SpeechCues.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    Set<String> out = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String lemma = line.split("\t", 2)[0].strip();
        if (!lemma.matches("[a-z]+")) {
          throw new IllegalStateException(resource + ":" + n + ": not a lemma: " + lemma);
        }
        out.add(lemma);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return new SpeechCues(out);
  }

  /** Whether the token is a verb of saying. */
  public boolean isCue(Token t) {
    return t.isVerb() && lemmas.contains(t.lemma().toLowerCase());
  }
}
