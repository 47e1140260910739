package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Token;

/** The event triggers of {@code event/triggers.tsv}, validated at load. */
public final class TriggerLexicon {
  /** The 16 PLOVER categories. */
  public static final Set<String> PLOVER_TYPES =
      Set.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");

  private final Map<String, Trigger> byKey;

  private TriggerLexicon(Map<String, Trigger> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The built-in lexicon. */
  public static TriggerLexicon builtIn() {
    String resource = "/event/triggers.tsv";
    InputStream in = TriggerLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    Map<String, Trigger> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 6
            || !(f[1].equals("V") || f[1].equals("N"))
            || !PLOVER_TYPES.contains(f[2])
            || !f[4].matches("\\d{3,4}")) {
          throw new IllegalStateException(resource + ":" + n + ": bad trigger line: " + line);
        }
        Trigger t = new Trigger(f[0], f[1].equals("N"), f[2], f[3].equals("-") ? null : f[3], f[4]);
        out.put(key(t.lemma(), t.noun()), t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return new TriggerLexicon(out);
  }

  /** The trigger this token is, or null. */
  public Trigger match(Token t) {
    if (t.isVerb()) {
      return byKey.get(key(t.lemma().toLowerCase(), false));
    }
    if (t.isNoun() && !t.isProperNoun()) {
      return byKey.get(key(t.lemma().toLowerCase(), true));
    }
    return null;
  }

  private static String key(String lemma, boolean noun) {
    return (noun ? "N:" : "V:") + lemma;
  }
}
