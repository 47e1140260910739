package org.newsgraph.extract.event.trigger;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.rules.RuleFile;

/**
 * A condition on a trigger head's dependents, written in the lexicon's last column: {@code +obj}
 * (has an object), {@code !xcomp} (has no open complement), {@code case=with} (has a nominal
 * introduced by "with"), {@code obj=warrant} (its object is the lemma "warrant", or a noun it
 * modifies as a compound: "violated the ceasefire agreement" meets {@code obj=ceasefire}), {@code
 * as=obj} (the head is itself the object of its governor: "took 21 hostages"), {@code !obj2} (has
 * no second object: "called the raid a violation" names, it phones no one), {@code !next=on} (the
 * word right after the head is not "on": "seized on the remarks"), {@code !gov=crime} (the head
 * does not hang from that word: "the crimes committed in Bosnia"), {@code !prep=near} (the head's
 * own preposition is not "near": "raided a settlement near Nablus"). A word may list alternatives:
 * {@code !obj=speech|message} (its object is neither).
 *
 * @param relation the dependency relation (a prefix: "obl" covers "obl:tmod"), "case", "as",
 *     "obj2", "next", "gov" or "prep"
 * @param word the preposition for "case", the head's own relation for "as", the dependent's lemma
 *     otherwise; null for any
 * @param wanted true when the dependent must be there, false when it must not
 */
public record TriggerCondition(String relation, String word, boolean wanted) {
  /** Words of a phrase that says when, not who or what: "on Monday" ({@code nlp/temporal-cues}). */
  private static final Set<String> TIMES = RuleFile.words("/nlp/temporal-cues.txt");

  /** Nouns that count what their "of" phrase names ({@code event/partitive-nouns.tsv}). */
  private static final Set<String> PARTITIVES = RuleFile.words("/event/partitive-nouns.tsv");

  /** Parses one condition; throws IllegalArgumentException naming what is wrong. */
  static TriggerCondition parse(String text) {
    String t = text.strip();
    boolean wanted = !t.startsWith("!");
    if (t.startsWith("!") || t.startsWith("+")) {
      t = t.substring(1);
    }
    String rel = t;
    String word = null;
    int eq = t.indexOf('=');
    if (eq >= 0) {
      rel = t.substring(0, eq);
      word = t.substring(eq + 1);
    }
    if (!rel.matches("[a-z:]+2?") || (word != null && !word.matches("[a-z-]+(\\|[a-z-]+)*"))) {
      throw new IllegalArgumentException("bad condition '" + text + "'");
    }
    if (rel.equals("case") && word == null) {
      throw new IllegalArgumentException("case needs a preposition: case=with");
    }
    if (Set.of("as", "next", "gov", "prep").contains(rel) && word == null) {
      throw new IllegalArgumentException(rel + " needs a word: as=obj, next=on, gov=crime");
    }
    return new TriggerCondition(rel, word, wanted);
  }

  /** Whether the condition holds for the head token. */
  boolean holds(Sentence s, int head) {
    return present(s, head) == wanted;
  }

  private boolean present(Sentence s, int head) {
    if (relation.equals("as")) {
      Dependency up = s.headOf(head);
      return up != null && up.governor() >= 0 && up.relation().startsWith(word);
    }
    if (relation.equals("gov")) {
      Dependency up = s.headOf(head);
      return up != null && up.governor() >= 0 && named(s, up.governor());
    }
    if (relation.equals("prep")) {
      String prep = Prepositions.caseOf(s, head);
      return prep != null && isWord(prep);
    }
    if (relation.equals("next")) {
      return head + 1 < s.tokens().size() && isWord(s.tokens().get(head + 1).lemma());
    }
    if (relation.equals("obj2")) {
      return s.childrenOf(head).stream().filter(d -> d.relation().equals("obj")).count() > 1;
    }
    for (Dependency d : s.childrenOf(head)) {
      if (relation.equals("case")) {
        if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
            && word.equals(Prepositions.caseOf(s, d.dependent()))
            && !TIMES.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
          // but "a strike on Monday": a date is no participant
          return true;
        }
      } else if (d.relation().startsWith(relation)
          && (word == null || named(s, d.dependent()))
          && !bareVerbObject(s, d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An object in the bare infinitive is a verb the parser hung as one ("to help support the
   * rights": "support" is what is helped along, no one helped): objects are nominals.
   */
  private static boolean bareVerbObject(Sentence s, Dependency d) {
    return d.relation().equals("obj") && s.tokens().get(d.dependent()).pos().equals("VB");
  }

  /**
   * Whether the noun is the word, or a kind of it named by a compound ("the ceasefire agreement"),
   * or what a counting noun counts ("a group of troops", {@code event/partitive-nouns.tsv}).
   */
  private boolean named(Sentence s, int noun) {
    if (isWord(s.tokens().get(noun).lemma())) {
      return true;
    }
    boolean counts = PARTITIVES.contains(s.tokens().get(noun).word().toLowerCase(Locale.ROOT));
    for (Dependency d : s.childrenOf(noun)) {
      if (d.relation().equals("compound") && isWord(s.tokens().get(d.dependent()).lemma())) {
        return true;
      }
      if (counts
          && d.relation().startsWith("nmod")
          && "of".equals(Prepositions.caseOf(s, d.dependent()))
          && isWord(s.tokens().get(d.dependent()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lemma is the condition's word or one of its alternatives. */
  private boolean isWord(String lemma) {
    for (String w : word.split("\\|")) {
      if (lemma.equalsIgnoreCase(w)) {
        return true;
      }
    }
    return false;
  }
}
