package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * What a verb of saying reports when it takes no clause: its object ("denied the charges") or a
 * phrase with a preposition ("called for an audit", "accused X of Y"), read from {@code
 * quote/cue-objects.tsv}.
 */
final class CueObjects {
  /** One line of the file: the object, or the phrase with this preposition, and the object too. */
  private record Rule(String link, boolean withObject) {}

  /** Named-entity tags of a phrase that says when, not what: "on Tuesday". */
  private static final java.util.Set<String> TIMES = java.util.Set.of("DATE", "TIME", "DURATION");

  private final Map<String, List<Rule>> byLemma;

  private CueObjects(Map<String, List<Rule>> byLemma) {
    this.byLemma = byLemma;
  }

  /** The built-in list. */
  static CueObjects builtIn() {
    Map<String, List<Rule>> out = new HashMap<>();
    for (RuleFile.Line line : RuleFile.read("/quote/cue-objects.tsv")) {
      String[] f = line.fields();
      if (f.length < 3 || !f[0].strip().matches("[a-z]+") || !f[2].strip().matches("yes|no")) {
        throw line.error("expected: lemma, link, yes|no");
      }
      out.computeIfAbsent(f[0].strip(), k -> new ArrayList<>())
          .add(new Rule(f[1].strip(), f[2].strip().equals("yes")));
    }
    return new CueObjects(Map.copyOf(out));
  }

  /** The token range [first, last] the cue reports by its object or phrase, or null if none. */
  int[] content(Sentence s, Token cue) {
    List<Rule> rules = byLemma.get(cue.lemma().toLowerCase(Locale.ROOT));
    if (rules == null || isPassive(s, cue)) {
      return null; // "was asked about the audit": the subject is not who spoke
    }
    int obj = child(s, cue, "obj");
    for (Rule r : rules) {
      if (r.link().equals("obj")) {
        if (obj >= 0) {
          int[] range = s.extent(obj, d -> true);
          range[1] = beforeAside(s, obj, range[1]);
          return range;
        }
        continue;
      }
      int phrase = child(s, cue, r.link());
      if (phrase < 0) {
        continue;
      }
      int[] range = s.extent(phrase, d -> true);
      range[1] = beforeAside(s, phrase, range[1]);
      if (r.withObject() && obj >= 0 && obj < phrase) {
        range[0] = Math.min(range[0], s.extent(obj, d -> true)[0]);
      }
      for (Dependency d : s.childrenOf(cue.index())) {
        // "called on Congress to act": the infinitive after the phrase belongs to the demand.
        if (d.dependent() > range[1]
            && (d.relation().equals("xcomp") || d.relation().equals("advcl"))) {
          range[1] = Math.max(range[1], s.extent(d.dependent(), x -> true)[1]);
        }
      }
      return range;
    }
    return null;
  }

  /**
   * The cue's dependent after it by the link: "obj" its object, else a preposition: the obl or obj
   * whose phrase opens with it ("for an audit"). -1 if none.
   */
  private static int child(Sentence s, Token cue, String link) {
    for (Dependency d : s.childrenOf(cue.index())) {
      if (d.dependent() <= cue.index()) {
        continue;
      }
      if (link.equals("obj")) {
        if (d.relation().equals("obj")) {
          return d.dependent();
        }
      } else if (d.relation().startsWith("obl")
          || d.relation().equals("obj")
          || d.relation().equals("advcl")) {
        for (Dependency c : s.childrenOf(d.dependent())) {
          // "for an audit" (case), "of hiding the cost" (mark on a clause)
          if ((c.relation().equals("case") || c.relation().equals("mark"))
              && s.tokens().get(c.dependent()).word().equalsIgnoreCase(link)
              && !TIMES.contains(s.tokens().get(d.dependent()).ner())) {
            return d.dependent(); // not "called on Tuesday"
          }
        }
      }
    }
    return -1;
  }

  /**
   * The phrase ends at a comma after which an apposition or a clause (or a word the parser could
   * not place: "dep") hangs on it: "asked about the deal, Cruz said ..." (the parser hung the
   * writer's sentence on the phrase), "called for an audit, which ...".
   */
  private static int beforeAside(Sentence s, int phrase, int last) {
    for (Dependency d : s.childrenOf(phrase)) {
      String r = d.relation();
      if (d.dependent() > phrase
          && (r.equals("appos")
              || r.startsWith("acl")
              || r.equals("parataxis")
              || r.equals("dep"))) {
        int from = s.extent(d.dependent(), x -> true)[0];
        for (int i = phrase + 1; i < from && i <= last; i++) {
          if (s.tokens().get(i).word().equals(",")) {
            return i - 1;
          }
        }
      }
    }
    return last;
  }

  private static boolean isPassive(Sentence s, Token cue) {
    for (Dependency d : s.childrenOf(cue.index())) {
      if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }
}
