package org.newsgraph.extract.quote;

import java.util.Set;
import org.newsgraph.extract.Clauses;
import org.newsgraph.extract.QuotedSpans;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who speaks by a participle of saying that the parser attached where its subject is not: "...,
 * Nefzi said, adding ...", "saying X - and arguing Y", "with Trump and Christie all calling for".
 */
final class Participles {
  /** A token index meaning "no opinion: read the parse as usual". */
  static final int UNDECIDED = -2;

  /** The preposition of "with Trump and Christie all calling for ...". */
  private static final Set<String> WITH = Set.of("with");

  private Participles() {}

  /**
   * The token that speaks by the participle at {@code verb}, -1 for no one, or {@link #UNDECIDED}
   * when the participle is none of these shapes.
   */
  static int speakerOf(Sentence s, int verb, QuotedSpans quoted) {
    Token t = s.tokens().get(verb);
    Dependency up = s.headOf(verb);
    if (!t.pos().equals("VBG") || up == null || up.governor() < 0) {
      return UNDECIDED;
    }
    Token head = s.tokens().get(up.governor());
    if (Clauses.isTrailingParticiple(s, verb)) {
      // "..., Nefzi said, adding ...": the participle goes on from the inserted "X said".
      Dependency headUp = s.headOf(up.governor());
      int subject = s.child(up.governor(), "nsubj");
      // The parser may hang the inserted "X said" on the clause before as its complement.
      boolean inserted =
          headUp != null
              && (headUp.relation().equals("parataxis")
                  || headUp.relation().equals("ccomp")
                      && subject >= 0
                      && Clauses.afterComma(s, s.extent(subject, d -> true)[0]));
      if (inserted && up.governor() < verb && subject >= 0 && subject < up.governor()) {
        return subject;
      }
      return UNDECIDED;
    }
    int reporting = up.relation().equals("conj") ? reportingParticiple(s, up.governor()) : -1;
    if (reporting >= 0 && reporting < verb) {
      // "calling it a disgrace and asserting that ...": the parser joined the second participle
      // to what the first reports; the two are parallel and share a speaker.
      return SpeakerResolver.subjectOf(s, reporting, quoted);
    }
    if (up.relation().equals("conj") && isFiniteClause(s, up.governor())) {
      // "saying the bill was sound - and arguing ...": a participle is no conjunct of a finite
      // verb; it goes with the participle before it, or the main clause.
      for (int i = verb - 1; i > 0; i--) {
        if (Clauses.isTrailingParticiple(s, i)) {
          return SpeakerResolver.subjectOf(s, i, quoted);
        }
      }
      int root = Clauses.root(s);
      return root >= 0 && root != verb ? SpeakerResolver.subjectOf(s, root, quoted) : -1;
    }
    if (up.relation().equals("acl")
        && head.isNoun()
        && s.hasChildWord(up.governor(), "case", WITH)) {
      return up.governor(); // "with Trump and Christie all calling for ...": they call
    }
    return UNDECIDED;
  }

  /** How far up a reported clause the participle reporting it may stand. */
  private static final int MAX_REPORT_STEPS = 3;

  /**
   * The participle of saying whose reported clause has its head at {@code clause} ("calling it a
   * disgrace"), or -1; not when the clause is a progressive of its own ("saying they were calling
   * for X and demanding Y": "demanding" goes with "calling").
   */
  private static int reportingParticiple(Sentence s, int clause) {
    if (s.tokens().get(clause).pos().equals("VBG") && s.child(clause, "aux") >= 0) {
      return -1;
    }
    Dependency d = s.headOf(clause);
    for (int steps = 0; d != null && d.governor() >= 0 && steps < MAX_REPORT_STEPS; steps++) {
      if ((d.relation().equals("ccomp") || d.relation().equals("xcomp"))
          && s.tokens().get(d.governor()).pos().equals("VBG")) {
        return d.governor();
      }
      d = s.headOf(d.governor());
    }
    return -1;
  }

  /** "had", "was sunk", "was sound": a clause head other than a participle. */
  private static boolean isFiniteClause(Sentence s, int head) {
    Token t = s.tokens().get(head);
    if (t.pos().equals("VBG")) {
      return false;
    }
    if (t.isVerb()) {
      return true;
    }
    return s.child(head, "cop") >= 0;
  }
}
