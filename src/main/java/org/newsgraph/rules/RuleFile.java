package org.newsgraph.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule or word-list file on the classpath: UTF-8, one entry a line, blank lines and lines
 * starting with {@code #} skipped. Every line keeps its file and number, so a bad entry fails
 * loudly with both.
 */
public final class RuleFile {
  /** One entry line. */
  public record Line(String file, int number, String text) {
    /** The tab-separated fields of the line. */
    public String[] fields() {
      return text.split("\t", -1);
    }

    /** An error naming this line: "file:number: reason". */
    public IllegalStateException error(String reason) {
      return new IllegalStateException(file + ":" + number + ": " + reason + ": " + text);
    }
  }

  private RuleFile() {}

  /** The entry lines of a classpath resource ("/quote/speech-cues.tsv"). */
  public static List<Line> read(String resource) {
    InputStream in = RuleFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      int n = 0;
      while ((text = r.readLine()) != null) {
        n++;
        if (!text.isBlank() && !text.startsWith("#")) {
          out.add(new Line(resource, n, text.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return out;
  }

  /**
   * A table of words and the CAMEO sector each gives, from lines "word TAB sector TAB example
   * sentence" (the example is checked to be there; tests code it): word in lower case to sector.
   */
  public static Map<String, String> sectors(String resource) {
    Map<String, String> out = new HashMap<>();
    for (Line line : read(resource)) {
      String[] f = line.fields();
      if (f.length != 3 || !f[1].matches("[A-Z]{3}") || !f[2].strip().endsWith(".")) {
        throw line.error("expected a word, a sector (3 capitals) and an example sentence");
      }
      if (out.put(f[0].strip().toLowerCase(Locale.ROOT), f[1]) != null) {
        throw line.error("duplicate word " + f[0]);
      }
    }
    return Map.copyOf(out);
  }

  /**
   * Words sorted by kind, from lines "kind TAB word TAB example": each kind named (and no other) to
   * its words in lower case.
   */
  public static Map<String, Set<String>> kinds(String resource, String... kinds) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String k : kinds) {
      out.put(k, new HashSet<>());
    }
    for (Line line : read(resource)) {
      String[] f = line.fields();
      String word = f.length < 2 ? "" : f[1].strip().toLowerCase(Locale.ROOT);
      Set<String> kind = out.get(f[0].strip());
      if (word.isEmpty() || kind == null) {
        throw line.error("expected: " + String.join("|", kinds) + ", word");
      }
      kind.add(word);
    }
    return out;
  }

  /** The first field of every line, in lower case: a word list. */
  public static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (Line l : read(resource)) {
      out.add(l.fields()[0].strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
