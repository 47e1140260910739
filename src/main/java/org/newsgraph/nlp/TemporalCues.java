package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence may hold a time expression, from the words of {@code nlp/temporal-cues.txt}.
 */
final class TemporalCues {
  private final Set<String> words;

  private TemporalCues(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  static TemporalCues builtIn() {
    String resource = "/nlp/temporal-cues.txt";
    InputStream in = TemporalCues.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    Set<String> out = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return new TemporalCues(out);
  }

  /** Tokens kept on each side of a cue: enough for "the second Tuesday of last month". */
  static final int WINDOW = 7;

  /** True when a token is a cue word or holds a digit. */
  boolean isCue(Token t) {
    String w = t.word();
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return words.contains(w.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** The token ranges [from, to) around the cues of a sentence, merged where they touch. */
  List<int[]> windows(List<Token> tokens) {
    List<int[]> out = new java.util.ArrayList<>();
    for (Token t : tokens) {
      if (!isCue(t)) {
        continue;
      }
      int from = Math.max(0, t.index() - WINDOW);
      int to = Math.min(tokens.size(), t.index() + WINDOW + 1);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        out.add(new int[] {from, to});
      }
    }
    return out;
  }
}
