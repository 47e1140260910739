package org.newsgraph.extract.event.trigger;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/** Whether an action is negated or only possible, read from the words around its trigger. */
public final class Modality {
  /** Adverbs and determiners that deny the action: "had not spoken", "neither government". */
  private static final Set<String> NEGATORS =
      Set.of("not", "n't", "never", "no", "neither", "nor", "without");

  /** Auxiliaries that make it possible rather than real. */
  private static final Set<String> MODALS =
      Set.of("may", "might", "could", "would", "should", "can", "will", "must");

  /** Governing words that report an intention or a question, not an act. */
  private static final Set<String> IRREALIS =
      Set.of(
          "willing",
          "want",
          "plan",
          "intend",
          "hope",
          "fear", // "feared a rebel attack": not yet, or not at all
          "expect", // "we expect the prisoners to be released": not yet done
          "seek",
          "consider",
          "propose",
          "threaten",
          "whether",
          "if",
          "unless",
          "unwilling",
          "refuse",
          "deny", // "denied supporting the rebels": what is denied is not asserted
          "ready",
          "prepared",
          "prepare",
          "able",
          "likely",
          "possible");

  private Modality() {}

  /** Whether the trigger or a word governing it, or its subject, is negated. */
  public static boolean negated(Sentence s, int trigger) {
    for (int at = trigger, steps = 0; at >= 0 && steps < 5; steps++) {
      for (Dependency d : s.childrenOf(at)) {
        String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
        if ((d.relation().equals("advmod")
                || d.relation().equals("det")
                || d.relation().equals("cc:preconj"))
            && NEGATORS.contains(w)) {
          return true;
        }
        if (d.relation().startsWith("nsubj")) {
          for (Dependency dd : s.childrenOf(d.dependent())) {
            String ww = s.tokens().get(dd.dependent()).word().toLowerCase(Locale.ROOT);
            if (NEGATORS.contains(ww)) {
              return true; // "neither government appears willing"
            }
          }
        }
      }
      Dependency up = s.headOf(at);
      if (up == null
          || !(up.relation().equals("xcomp")
              || up.relation().equals("obj")
              || up.relation().equals("ccomp")
              || up.relation().startsWith("nmod"))) {
        return false;
      }
      at = up.governor();
    }
    return false;
  }

  /** Auxiliaries of the future: an action announced, not yet done. */
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");

  /** Auxiliaries of a plain future, not a conditional ("would"): an intention stated as fact. */
  private static final Set<String> FIRM_FUTURE = Set.of("will", "shall", "'ll");

  /** Verbs whose clause reports what someone said: "said they will release". */
  private static final Set<String> SAYING =
      Set.of("say", "announce", "tell", "state", "declare", "add", "confirm", "report");

  /**
   * Whether the trigger is a future act that someone announced ("the rebels said they will release
   * the hostages"), or that the main clause states ("Finland will give Tanzania a grant"): in
   * PLOVER an intention, not the act.
   */
  public static boolean announcedFuture(Sentence s, int trigger) {
    boolean future = false;
    boolean firm = false;
    for (int at = trigger, steps = 0; at >= 0 && steps < 4; steps++) {
      for (Dependency d : s.childrenOf(at)) {
        String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (d.relation().equals("aux") && FUTURE.contains(w)) {
          future = true;
          firm |= at == trigger && FIRM_FUTURE.contains(w);
        }
      }
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0) {
        // "Finland will give Tanzania a grant": the writer reports the intention itself
        return firm && at == trigger;
      }
      String governor = s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT);
      if (future && up.relation().equals("ccomp") && SAYING.contains(governor)) {
        return true;
      }
      if (!(up.relation().equals("xcomp") || up.relation().equals("conj"))) {
        return false;
      }
      at = up.governor();
    }
    return false;
  }

  /** Whether the clause has a future auxiliary of its own: "will withdraw". */
  public static boolean future(Sentence s, int head) {
    return s.hasChildWord(head, "aux", FUTURE);
  }

  /**
   * Whether the clause carries a condition introduced by "unless": "... unless Israel rescinds".
   */
  public static boolean unlessClause(Sentence s, int head) {
    return conditionClause(s, head, "unless");
  }

  /** Whether the clause carries a condition introduced by "if": "may halt ... if talks fail". */
  public static boolean ifClause(Sentence s, int head) {
    return conditionClause(s, head, "if");
  }

  private static boolean conditionClause(Sentence s, int head, String mark) {
    for (Dependency d : s.childrenOf(head)) {
      if (d.relation().equals("advcl") && s.hasChildWord(d.dependent(), "mark", Set.of(mark))) {
        return true;
      }
    }
    return false;
  }

  /** Auxiliaries of an act that may come: "will halt", "may halt", "could impose". */
  private static final Set<String> POSSIBLE =
      Set.of("will", "would", "shall", "'ll", "may", "might", "could");

  /** Whether the clause has an auxiliary of the future or of possibility of its own. */
  public static boolean possibleFuture(Sentence s, int head) {
    return s.hasChildWord(head, "aux", POSSIBLE);
  }

  /** Whether the trigger is what someone failed to do: "failed to reach agreement". */
  public static boolean failed(Sentence s, int trigger) {
    for (int at = trigger, steps = 0; at >= 0 && steps < 3; steps++) {
      Dependency up = s.headOf(at);
      if (up == null
          || up.governor() < 0
          || !(up.relation().equals("obj") || up.relation().equals("xcomp"))) {
        return false;
      }
      if (s.tokens().get(up.governor()).lemma().equalsIgnoreCase("fail")) {
        return true;
      }
      at = up.governor();
    }
    return false;
  }

  /** How many words before a trigger a denial is looked for when the parse does not link it. */
  static final int NEGATOR_WINDOW = 6;

  /**
   * Whether a denial stands a few words before the trigger in the same clause ("neither government
   * appears willing to provide"): the fallback for parses that attach it elsewhere.
   */
  public static boolean negatorJustBefore(Sentence s, int first) {
    for (int i = first - 1; i >= Math.max(0, first - NEGATOR_WINDOW); i--) {
      String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
      if (w.equals(",") || w.equals(";") || w.equals("but") || w.equals("and")) {
        return false;
      }
      if (w.equals("neither") || w.equals("never") || w.equals("not") || w.equals("n't")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence is a question. */
  public static boolean question(Sentence s) {
    java.util.List<org.newsgraph.nlp.Token> t = s.tokens();
    for (int i = t.size() - 1; i >= 0; i--) {
      String w = t.get(i).word();
      if (w.equals("?")) {
        return true;
      }
      if (!w.matches("[\"'”’`]+|''")) {
        return false;
      }
    }
    return false;
  }

  /** Marks of a clause that says what an act is for: "to", "in order to", "so that". */
  private static final Set<String> PURPOSE_MARKS = Set.of("to", "so");

  /**
   * Whether the trigger is, or is the object of, a purpose ("sent troops to crush the revolt", "a
   * drive to change the law", "so that the party is banned"): an adverbial or noun-modifying clause
   * with a purpose mark states an aim, not something done. Its caller keeps "marched to protest the
   * law": the act done to protest is itself a protest.
   */
  public static boolean purpose(Sentence s, int trigger) {
    for (int at = trigger, steps = 0; at >= 0 && steps < 4; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0) {
        return false;
      }
      if (purposeClause(s, at, up)) {
        return true;
      }
      if (!(up.relation().equals("obj")
          || up.relation().startsWith("nmod")
          || up.relation().equals("conj"))) {
        return false;
      }
      at = up.governor();
    }
    return false;
  }

  private static boolean purposeClause(Sentence s, int clause, Dependency up) {
    if (!(up.relation().equals("advcl") || up.relation().equals("acl"))) {
      return false;
    }
    return s.hasChildWord(clause, "mark", PURPOSE_MARKS);
  }

  /**
   * Marks of a time clause whose present tense speaks of the future: "until the demands are met",
   * "before they disarm", "once the troops leave".
   */
  private static final Set<String> LATER = Set.of("until", "till", "before", "once");

  private static final Set<String> PRESENT_TAGS = Set.of("VBP", "VBZ");

  /** Whether the clause's verb, or an auxiliary of it, is in the present tense. */
  private static boolean presentTense(Sentence s, int clause) {
    if (PRESENT_TAGS.contains(s.tokens().get(clause).pos())) {
      return true;
    }
    for (Dependency d : s.childrenOf(clause)) {
      if (d.relation().startsWith("aux") || d.relation().equals("cop")) {
        if (PRESENT_TAGS.contains(s.tokens().get(d.dependent()).pos())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the trigger sits under a modal, an intention or a question. */
  public static boolean hypothetical(Sentence s, int trigger) {
    return hypothetical(s, trigger, MODALS);
  }

  /** Modals but the conditional "would": "would be ready to host" states a readiness. */
  private static final Set<String> MODALS_BUT_WOULD =
      MODALS.stream().filter(m -> !m.equals("would")).collect(Collectors.toUnmodifiableSet());

  /**
   * Whether a statement of readiness ("he would be ready to host talks") is hypothetical: "would"
   * is how readiness is politely stated, not a condition on it.
   */
  public static boolean hypotheticalReadiness(Sentence s, int trigger) {
    return hypothetical(s, trigger, MODALS_BUT_WOULD);
  }

  /**
   * Whether the clause is a condition, question or intention ("if", "whether"), or a present-tense
   * time clause ("until their demands are met", "before they disarm"): not yet, or not at all.
   */
  private static boolean irrealisMark(Sentence s, int clause) {
    for (Dependency d : s.childrenOf(clause)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("mark")
          && (IRREALIS.contains(w) || LATER.contains(w) && presentTense(s, clause))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hypothetical(Sentence s, int trigger, Set<String> modals) {
    for (int at = trigger, steps = 0; at >= 0 && steps < 4; steps++) {
      for (Dependency d : s.childrenOf(at)) {
        String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (d.relation().equals("aux") && modals.contains(w)) {
          return true;
        }
      }
      if (irrealisMark(s, at)) {
        return true;
      }
      Dependency up = s.headOf(at);
      if (up != null && up.governor() >= 0 && up.relation().startsWith("nsubj")) {
        return irrealisMark(s, up.governor()); // "if cooperation founders": its subject too
      }
      if (up == null || up.governor() < 0) {
        return false;
      }
      String governor = s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT);
      if ((up.relation().equals("xcomp")
              || up.relation().equals("ccomp")
              || up.relation().equals("obj") // "were planning attacks", "sought talks"
              || up.relation().equals("dep") // "denied supporting the rebels", parsed loose
              || up.relation().startsWith("acl"))
          && IRREALIS.contains(governor)) {
        return true;
      }
      if (!(up.relation().equals("xcomp")
          || up.relation().equals("obj")
          || up.relation().startsWith("nmod")
          || up.relation().equals("conj"))) {
        return false;
      }
      at = up.governor();
    }
    return false;
  }
}
