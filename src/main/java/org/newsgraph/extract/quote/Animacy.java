package org.newsgraph.extract.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Token;

/**
 * Whether a word names a being or a thing, by the animacy lists CoreNLP's coreference models ship
 * ("spokesman", "voters" are animate; "lecture", "camera" are not): a relative "who" stands for a
 * being, so it cannot hang on "a lecture from the Mexican president".
 */
final class Animacy {
  private static final String INANIMATE = "/edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";
  private static final String ANIMATE = "/edu/stanford/nlp/models/dcoref/animate.unigrams.txt";

  /** Loaded on first use: the lists are large and only relative clauses ask. */
  private static final class Lists {
    static final Set<String> INANIMATE_WORDS = read(INANIMATE);
    static final Set<String> ANIMATE_WORDS = read(ANIMATE);
  }

  private Animacy() {}

  /** Whether the token is a thing: a common noun on the inanimate list and not the animate one. */
  static boolean isThing(Token t) {
    if (!t.isNoun() || !t.ner().equals("O")) {
      return false;
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    return Lists.INANIMATE_WORDS.contains(w) && !Lists.ANIMATE_WORDS.contains(w);
  }

  /** Whether the token may be a being: a person or body the NER names, or an animate noun. */
  static boolean mayBeBeing(Token t) {
    if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
      return true;
    }
    return t.isNoun() && Lists.ANIMATE_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static Set<String> read(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = Animacy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP models jar without " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line.strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
