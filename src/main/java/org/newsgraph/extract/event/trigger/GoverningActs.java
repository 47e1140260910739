package org.newsgraph.extract.event.trigger;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * Acts whose CAMEO category the words around them change: an attack an army prepares is a show of
 * readiness ("the army prepared to resume shelling the rebels": MOBILIZE, CAMEO 15), and a call for
 * action against someone rallies opposition to them ("called for sanctions against Nigeria":
 * ACCUSE, CAMEO 113); an order to close down is a restriction ("ordered the newspaper to suspend
 * publication": COERCE, CAMEO 172); a promise never to cooperate is a refusal ("vowed not to return
 * the Golan Heights": REJECT, CAMEO 12).
 */
public final class GoverningActs {
  /** Relations by which an act hangs from the verb that prepares it. */
  private static final Set<String> PREPARED = Set.of("xcomp", "obj", "obl", "dep");

  /** Relations by which a request holds what it asks for. */
  private static final Set<String> ASKED_FOR = Set.of("obj", "obl", "xcomp", "ccomp", "advcl");

  /** What an order closes down or halts ({@code event/ordered-closures.tsv}). */
  private static final Set<String> CLOSURES = RuleFile.words("/event/ordered-closures.tsv");

  /**
   * Verbs of a one-sided promise, whose negated content is what the speaker refuses ({@code
   * event/promise-verbs.tsv}).
   */
  private static final Set<String> PROMISES = RuleFile.words("/event/promise-verbs.tsv");

  /** Adverbs that make a promise one not to act: "vowed not to return", "pledged never to". */
  private static final Set<String> NOT_EVER = Set.of("not", "never");

  private GoverningActs() {}

  /**
   * Whether a promise is one never to do a cooperative act ("vowed not to return the Golan
   * Heights", "pledged never to recognize the junta"): a refusal; but "vowed not to attack
   * civilians" promises restraint, and stays a promise.
   */
  public static boolean promisesNotToCooperate(
      Sentence s, int promise, List<TriggerLexicon.Match> all) {
    int content = s.child(promise, "xcomp");
    if (!PROMISES.contains(s.tokens().get(promise).lemma().toLowerCase(Locale.ROOT))
        || content < 0
        || !s.hasChildWord(content, "advmod", NOT_EVER)) {
      return false;
    }
    return all.stream()
        .anyMatch(
            o ->
                o.head() == content
                    && (TriggerContext.COOPERATIVE.contains(o.trigger().type())
                        || o.trigger().type().equals("AGREE")));
  }

  /**
   * Whether an order closes down or halts the one ordered: "ordered the newspaper to suspend
   * publication".
   */
  public static boolean ordersClosure(Sentence s, int order) {
    if (!s.tokens().get(order).lemma().equalsIgnoreCase("order")) {
      return false;
    }
    return s.childrenOf(order).stream()
        .anyMatch(
            d ->
                d.relation().equals("xcomp")
                    && CLOSURES.contains(
                        s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the act is what an actor actively prepares ("prepared to resume shelling", "were
   * preparing an offensive", "prepared for an assault"); not "is prepared to", which states an
   * intention.
   */
  public static boolean prepared(Sentence s, int trigger) {
    int at = trigger;
    for (int steps = 0; steps < 3; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0 || !PREPARED.contains(up.relation())) {
        return false;
      }
      int verb = up.governor();
      if (s.tokens().get(verb).lemma().equals("prepare")) {
        return s.child(verb, "cop") < 0 && s.child(verb, "aux:pass") < 0;
      }
      at = verb;
    }
    return false;
  }

  /** Whether a request asks for something against a named actor: "called for sanctions against". */
  public static boolean againstSomeone(Sentence s, int request) {
    for (Dependency d : s.childrenOf(request)) {
      if (ASKED_FOR.contains(d.relation().split(":")[0])
          && (namedAgainst(s, d.dependent()) || anyChildAgainst(s, d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyChildAgainst(Sentence s, int head) {
    return s.childrenOf(head).stream().anyMatch(d -> namedAgainst(s, d.dependent()));
  }

  /** A proper name or named entity introduced by "against". */
  private static boolean namedAgainst(Sentence s, int nominal) {
    Token t = s.tokens().get(nominal);
    return "against".equals(Prepositions.caseOf(s, nominal))
        && (t.isProperNoun() || !"O".equals(t.ner()));
  }
}
