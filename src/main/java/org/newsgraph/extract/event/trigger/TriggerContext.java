package org.newsgraph.extract.event.trigger;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.extract.quote.SpeechCues;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.rules.RuleFile;

/**
 * How a trigger match stands to the other matches of its sentence: whether it reports an act of its
 * own ("began a hunger strike" is one act, "lifted the curfew" reports no curfew) and whether it is
 * the content, aim or topic of another act ("threatened to strike", "marched to demand reforms").
 */
public final class TriggerContext {
  /** Categories whose complement clause is the content of the act, not a second act. */
  public static final Set<String> SPEECH_ACTS =
      Set.of("AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE");

  /** Categories whose announced future is an intention to cooperate (AGREE). */
  public static final Set<String> COOPERATIVE =
      Set.of("CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT");

  /** Verbs of saying, which the parser may hang from a quoted clause they attribute. */
  private static final SpeechCues SPEECH_CUES = SpeechCues.builtIn();

  /** Categories of a verb whose object event noun is what is withheld or refused. */
  private static final Set<String> WITHHOLDING = Set.of("SANCTION", "REJECT");

  /**
   * Verbs whose object event noun is lifted, ended or kept from happening, not done: "lifted the
   * curfew", "called off the strike", "prevented the march" ({@code event/ending-verbs.tsv}).
   */
  private static final Set<String> ENDING = RuleFile.words("/event/ending-verbs.tsv");

  /**
   * Words that state one's own intention ("vowed to", "is ready to"): with a forceful act as their
   * content they are a threat, not an offer (CAMEO 13: "prepared to impose martial law").
   */
  private static final Set<String> INTENTIONS =
      Set.of("vow", "promise", "pledge", "swear", "ready to", "willing to", "prepared to");

  /** Categories whose act, stated as an intention, is a threat (CAMEO 131-138). */
  private static final Set<String> THREATENED = Set.of("ASSAULT", "COERCE", "SANCTION", "PROTEST");

  /** Categories of a verbal act whose object event noun is its topic: "welcomed the truce". */
  private static final Set<String> TOPICAL = Set.of("SUPPORT", "CONSULT");

  /** Verbs that offer the act their object event noun names: "offered concessions". */
  private static final Set<String> OFFERING = Set.of("offer", "promise", "pledge");

  /** Relations by which a demand hangs from the protest it is the aim of. */
  private static final Set<String> AIM_RELATIONS = Set.of("advcl", "xcomp", "acl", "dep", "obj");

  /**
   * Categories whose "for" phrase names what the target is held to have done: "jailed for spying".
   */
  private static final Set<String> PUNITIVE = Set.of("COERCE", "SANCTION", "ACCUSE");

  /** Clause marks that say when or why, not what was said: "after rebels seized the airport". */
  private static final Set<String> CIRCUMSTANCE_MARKS =
      Set.of("after", "before", "when", "since", "while", "as", "because", "once", "until");

  private TriggerContext() {}

  /** Whether a light verb trigger has an event noun trigger as its object. */
  public static boolean carriesNounTrigger(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    if (m.trigger().noun()
        || m.first() != m.last()
        || !CarrierWords.isLightVerb(s.tokens().get(m.head()))) {
      return false;
    }
    for (TriggerLexicon.Match other : all) {
      Dependency up = s.headOf(other.head());
      if (other.trigger().noun()
          && up != null
          && up.governor() == m.head()
          && up.relation().equals("obj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun trigger is what a verbal act of support or consultation is about ("welcomed the
   * ceasefire", "backed the plan", "discussed the truce"): an earlier act or a proposal that the
   * sentence reports a reaction to, not a second act.
   */
  public static boolean topicOf(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    Dependency up = s.headOf(m.head());
    if (!m.trigger().noun() || up == null || !up.relation().equals("obj")) {
      return false;
    }
    return anyHeadedAt(
        all,
        up.governor(),
        other ->
            !other.trigger().noun()
                && TOPICAL.contains(other.trigger().type())
                && !other.trigger().type().equals(m.trigger().type())
                && !CarrierWords.isLightVerb(s.tokens().get(other.head())));
  }

  /**
   * Whether a noun trigger is what a verb of withholding or refusal acts on ("suspended aid
   * deliveries", "prohibit all aid"): the aid is not given.
   */
  public static boolean withheldBy(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    if (!m.trigger().noun()) {
      return false;
    }
    int at = m.head();
    for (int steps = 0; steps < 2; steps++) {
      Dependency up = s.headOf(at);
      if (up == null
          || up.governor() < 0
          || !(up.relation().equals("obj") || up.relation().equals("compound"))) {
        return false;
      }
      if (anyHeadedAt(
          all,
          up.governor(),
          other ->
              !other.trigger().noun()
                  && (WITHHOLDING.contains(other.trigger().type())
                      || ENDING.contains(other.trigger().lemma())))) {
        return true;
      }
      at = up.governor();
    }
    return false;
  }

  /**
   * Whether a demand is the aim of a protest it hangs from ("staged a hunger strike to demand his
   * release", "blocked roads demanding elections", "a march calling for his removal"): CAMEO codes
   * one act, a protest for that change, not a second act of demanding.
   */
  public static boolean aimOfProtest(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    if (!m.trigger().type().equals("REQUEST")) {
      return false;
    }
    int at = m.head();
    for (int steps = 0; steps < 3; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0 || !AIM_RELATIONS.contains(up.relation())) {
        return false;
      }
      for (TriggerLexicon.Match other : all) {
        if (other.trigger().type().equals("PROTEST")
            && (other.head() == up.governor() || carriedBy(s, other, up.governor()))) {
          return true;
        }
      }
      at = up.governor();
    }
    return false;
  }

  /**
   * Whether a cooperative event noun is what a verb of offering offers ("offered concessions",
   * "pledged aid"): the act is promised, not done, and CAMEO codes the promise (03).
   */
  public static boolean offered(Sentence s, TriggerLexicon.Match m) {
    Dependency up = s.headOf(m.head());
    return m.trigger().noun()
        && COOPERATIVE.contains(m.trigger().type())
        && !m.trigger().type().equals("SUPPORT")
        && up != null
        && up.governor() >= 0
        && up.relation().equals("obj")
        && OFFERING.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether an intention trigger has a forceful act as its complement: "vowed to attack". */
  public static boolean threatens(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    if (m.trigger().noun() || !INTENTIONS.contains(m.trigger().lemma())) {
      return false;
    }
    for (TriggerLexicon.Match other : all) {
      Dependency up = s.headOf(other.head());
      boolean complement =
          up != null && up.governor() == m.head() && up.relation().equals("xcomp")
              || carriedBy(s, other, s.child(m.head(), "xcomp")); // "vowed to impose a curfew"
      if (THREATENED.contains(other.trigger().type())
          && complement
          && !withheldBy(s, other, all)) { // "ready to lift the ban": no threat
        return true;
      }
    }
    return false;
  }

  /** Whether a noun trigger is the object of the given verb: "began a hunger strike". */
  static boolean carriedBy(Sentence s, TriggerLexicon.Match noun, int verb) {
    Dependency up = s.headOf(noun.head());
    return noun.trigger().noun()
        && up != null
        && up.governor() == verb
        && up.relation().equals("obj");
  }

  /** Whether a noun trigger is the object of a verb trigger of the same category. */
  public static boolean coveredByVerbTrigger(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    if (!m.trigger().noun()) {
      return false;
    }
    int at = m.head();
    for (int steps = 0; steps < 3; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0) {
        return false;
      }
      if (anyHeadedAt(
          all,
          up.governor(),
          other ->
              !other.trigger().noun()
                  && other.trigger().type().equals(m.trigger().type())
                  && !carriesNounTrigger(s, other, all))) {
        return true; // but "staged a hunger strike": the verb gives way to the noun
      }
      if (!(up.relation().equals("obj") || up.relation().startsWith("nmod"))) {
        return false;
      }
      at = up.governor();
    }
    return false;
  }

  /** Whether the trigger is what a threat, demand, promise, refusal or accusation is about. */
  public static boolean contentOfSpeechAct(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    int at = m.head();
    for (int steps = 0; steps < 4; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0) {
        return false;
      }
      String rel = up.relation();
      if (rel.equals("conj")) {
        at = up.governor(); // "of violating rights and ignoring the law": both are the content
        continue;
      }
      if (rel.equals("advcl") && circumstantial(s, at)) {
        return false;
      }
      if (!(rel.equals("xcomp")
          || rel.equals("ccomp")
          || rel.equals("advcl")
          || rel.equals("obj")
          || rel.startsWith("nmod")
          || rel.startsWith("obl")
          || rel.startsWith("acl")
          || rel.equals("dep") && s.hasChildWord(at, "mark", Set.of("that")))) {
        return false; // but "an admission that forces murdered officers": a "that" clause, parsed
        // loose
      }
      for (TriggerLexicon.Match other : all) {
        if (other != m
            && SPEECH_ACTS.contains(other.trigger().type())
            && (other.head() == up.governor()
                    && !(rel.equals("obj") && carriesNounTrigger(s, other, all))
                || !rel.equals("obj") && carriedBy(s, other, up.governor()))) {
          // but "undertook a mediation mission": the noun is the act itself; and "issued an
          // ultimatum to halt attacks": the clause of the verb that carries the noun is its content
          return true;
        }
      }
      at = up.governor();
    }
    return false;
  }

  /**
   * Whether a verb of requesting reports a fact instead: its clause is in the past ("insisted the
   * unrest reflected old tensions"), where a demand's clause is a bare or modal verb ("insisted
   * that Lima pay the miners", "insisted Lima must pay").
   */
  public static boolean assertsFact(Sentence s, TriggerLexicon.Match m) {
    int clause = s.child(m.head(), "ccomp");
    if (m.trigger().noun()
        || !m.trigger().type().equals("REQUEST")
        || clause < 0
        || SPEECH_CUES.isCue(s.tokens().get(clause))) {
      // the parser hangs the attribution of '"I have ordered the army to ...," X said' from the
      // quoted verb: "said" is who ordered, not what the order asserts
      return false;
    }
    if (s.tokens().get(clause).pos().equals("VBD")) {
      return s.child(clause, "aux") < 0;
    }
    int aux = s.child(clause, "aux");
    return aux >= 0 && s.tokens().get(aux).pos().equals("VBD"); // "insisted he had done nothing"
  }

  /**
   * Whether the trigger is the charge of an arrest, expulsion or accusation ("arrested for
   * collaborating with Israel", "expelled for spying"): what the target is said to have done, which
   * the sentence does not assert.
   */
  public static boolean chargeOf(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    Dependency up = s.headOf(m.head());
    if (up == null
        || up.governor() < 0
        || !(up.relation().startsWith("obl") || up.relation().equals("advcl"))
        || !("for".equals(Prepositions.caseOf(s, m.head()))
            || s.hasChildWord(m.head(), "mark", Set.of("for")))) {
      return false;
    }
    return anyHeadedAt(all, up.governor(), other -> PUNITIVE.contains(other.trigger().type()));
  }

  /** Whether a trigger headed at the token passes the test. */
  private static boolean anyHeadedAt(
      List<TriggerLexicon.Match> all, int head, Predicate<TriggerLexicon.Match> test) {
    for (TriggerLexicon.Match other : all) {
      if (other.head() == head && test.test(other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "after rebels seized the airport", "when troops fired": a clause that says when or why, which
   * the main verb does not report; its action happened whatever the main verb is.
   */
  public static boolean circumstantial(Sentence s, int clause) {
    return s.hasChildWord(clause, "mark", CIRCUMSTANCE_MARKS);
  }
}
