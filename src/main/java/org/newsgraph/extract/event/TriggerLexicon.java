package org.newsgraph.extract.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

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
    Map<String, Trigger> out = new HashMap<>();
    for (RuleFile.Line line : RuleFile.read("/event/triggers.tsv")) {
      String[] f = line.fields();
      if (f.length != 6
          || !(f[1].equals("V") || f[1].equals("N"))
          || !PLOVER_TYPES.contains(f[2])
          || !f[4].matches("\\d{3,4}")) {
        throw line.error("bad trigger line (lemma, V|N, PLOVER type, mode, CAMEO, example)");
      }
      Trigger t = new Trigger(f[0], f[1].equals("N"), f[2], f[3].equals("-") ? null : f[3], f[4]);
      out.put(key(t.lemma(), t.noun()), t);
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
