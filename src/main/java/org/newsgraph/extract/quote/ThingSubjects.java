package org.newsgraph.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Clauses;
import org.newsgraph.extract.QuotedSpans;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * A thing the parser gave a cue for its subject yields to the being the sentence sets beside it:
 * "Her embrace of the bill -Ana Ruiz said she would sign it- is ...", "Any fair reading, said Ana
 * Ruiz, would ...", "Ruiz said the deadlock has kept us safe before claiming ...", "The fight
 * erupted after the mayor spoke, calling them ...". A thing with no being beside it still speaks
 * ("the report said").
 */
final class ThingSubjects {
  /** Relations by which a subject hangs on its verb. */
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass");

  /** Most tokens of a name set off before or after a cue ("Sen. Mary Ann Ruiz-Ortega"). */
  private static final int MAX_NAME = 5;

  /**
   * Punctuation that sets a name off before its cue, besides dashes: "-Ana Ruiz said", "(Ana Ruiz
   * said".
   */
  private static final Set<String> SET_OFF = Set.of("-", ",", "(");

  private ThingSubjects() {}

  /** The being that speaks by the cue in place of the thing at {@code subject}, or the subject. */
  static int speaker(Sentence s, int cue, int subject, QuotedSpans quoted) {
    Token t = s.tokens().get(subject);
    // "It was a punch by the two, as Park echoed the criticism, saying ...": a main clause's "it"
    // is a thing to a participle that comes after a being's clause.
    boolean own = isOwnSubject(s, cue, subject);
    boolean it = t.word().equalsIgnoreCase("it") && !own;
    if (!(isThing(t) || it) || PollFigures.isFigure(t) || byRelative(s, cue)) {
      return subject; // "61 percent said": a poll's figure; "a video that said": the video speaks
    }
    if (own) {
      int before = nameSetOffBefore(s, cue, subject);
      int after = before >= 0 ? before : nameInsertedAfter(s, cue, subject);
      return after >= 0 ? after : subject;
    }
    // Found by climbing from the cue to the clause it hangs on, or in the main clause of a
    // trailing participle: the parser joined the cue to a clause of things ("the deadlock has
    // kept us safe before claiming", "the fracas erupted after X entered the race, calling");
    // the subject of the nearest clause before the cue that a being leads speaks.
    int being = nearestBeingSubject(s, cue, quoted);
    return being >= 0 ? being : subject;
  }

  /** Bodies of people and informants, which speak though the animacy lists call them things. */
  private static final Set<String> BODIES = RuleFile.words("/quote/speaking-bodies.tsv");

  /**
   * A common noun for a thing: no name, no pronoun, no word for a being or a body ("deadlock",
   * "embrace"; not "campaign").
   */
  private static boolean isThing(Token t) {
    return t.isNoun()
        && !t.isProperNoun()
        && t.ner().equals("O")
        && !Animacy.mayBeBeing(t)
        && !BODIES.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the cue's own subject is a relative pronoun ("which", "that"). */
  private static boolean byRelative(Sentence s, int cue) {
    for (Dependency d : s.childrenOf(cue)) {
      Token t = s.tokens().get(d.dependent());
      if (SUBJECT.contains(d.relation()) && (t.pos().startsWith("W") || t.pos().equals("IN"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOwnSubject(Sentence s, int cue, int subject) {
    Dependency up = s.headOf(subject);
    return up != null && up.governor() == cue && SUBJECT.contains(up.relation());
  }

  /**
   * "... in Brooklyn -Mrs. Clinton said she would ...": a person's name set off by a dash or comma
   * right before the cue, after the thing; its last word, or -1.
   */
  private static int nameSetOffBefore(Sentence s, int cue, int subject) {
    int last = cue - 1;
    if (last <= subject || !isPersonName(s.tokens().get(last))) {
      return -1;
    }
    int first = last;
    while (first - 1 > subject
        && last - first < MAX_NAME
        && s.tokens().get(first - 1).isProperNoun()) {
      first--;
    }
    Token mark = s.tokens().get(first - 1);
    return first - 1 > subject && (SET_OFF.contains(mark.word()) || mark.isDash()) ? last : -1;
  }

  /**
   * "Any fair reading of the deal, said Ana Ruiz, an analyst, would ...": an inverted cue inside
   * the clause it reports, the parser taking the clause's opening words for its subject and the
   * speaker for the subject of the rest. The speaker's head, or -1.
   */
  private static int nameInsertedAfter(Sentence s, int cue, int subject) {
    if (subject >= cue
        || !Clauses.afterComma(s, cue)
        || !InvertedCue.mayInvert(s.tokens().get(cue))) {
      return -1;
    }
    for (Dependency d : s.childrenOf(cue)) {
      if (!d.relation().equals("ccomp") || d.dependent() < cue) {
        continue;
      }
      int name = s.child(d.dependent(), "nsubj");
      if (name > cue
          && name <= cue + MAX_NAME
          && isPersonName(s.tokens().get(name))
          && name + 1 < s.tokens().size()
          && s.tokens().get(name + 1).word().equals(",")
          && allNames(s, cue + 1, name)) {
        return name;
      }
    }
    return -1;
  }

  /** Whether the tokens from {@code first} to {@code last} are all words of a name. */
  private static boolean allNames(Sentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!s.tokens().get(i).isProperNoun()) {
        return false;
      }
    }
    return true;
  }

  /** The subject, a being, of the nearest clause before the cue outside quotation marks; or -1. */
  private static int nearestBeingSubject(Sentence s, int cue, QuotedSpans quoted) {
    for (int i = cue - 1; i >= 0; i--) {
      for (Dependency d : s.childrenOf(i)) {
        Token t = s.tokens().get(d.dependent());
        if (SUBJECT.contains(d.relation())
            && d.dependent() < cue
            && !quoted.inside(t.start())
            && SpeakerResolver.mayBePerson(t)) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  private static boolean isPersonName(Token t) {
    return t.isProperNoun() && t.ner().equals("PERSON");
  }
}
