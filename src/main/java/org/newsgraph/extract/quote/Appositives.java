package org.newsgraph.extract.quote;

import java.util.Set;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * "The head of the PAC backing Jeb Bush, Mike Murphy, praised ...", "One pastor, Darran Whiting of
 * Liberty Baptist Church, said ...": a description as subject, and the person's name set off by
 * commas right before the verb. The name is the speaker, however the parser hung it (it often hangs
 * it on the nearest noun, not on the description).
 */
final class Appositives {
  /** Most tokens of the set-off name phrase ("Darran Whiting of Liberty Baptist Church"). */
  private static final int MAX_PHRASE = 12;

  private Appositives() {}

  /**
   * The last word of the person's name set off before the verb, or the subject itself when the
   * subject is a name or no such phrase stands there.
   */
  static int nameFor(Sentence s, int subject, int verb) {
    Token head = s.tokens().get(subject);
    if (head.isProperNoun() || head.ner().equals("PERSON") || subject >= verb) {
      return subject;
    }
    int close = verb - 1;
    while (close > subject && s.tokens().get(close).pos().equals("RB")) {
      close--; // "..., Mike Murphy, quickly praised"
    }
    if (close <= subject + 2 || !s.tokens().get(close).word().equals(",")) {
      return subject;
    }
    int open = close - 1;
    while (open > subject && !s.tokens().get(open).word().equals(",")) {
      open--;
    }
    if (open <= subject || close - open > MAX_PHRASE) {
      return subject;
    }
    int last = -1;
    for (int i = open + 1; i < close && isPersonName(s.tokens().get(i)); i++) {
      last = i;
    }
    return last >= 0 ? last : subject;
  }

  /**
   * "Standing beside the activist Dan Peralta, Mark-Viverito accused ...": the parser made the
   * opening phrase's last name the subject and the speaker its apposition. A name in apposition
   * that runs up to the verb, with no comma to close it, is the subject; else the subject itself.
   */
  static int nameAtVerb(Sentence s, int subject, int verb) {
    if (subject + 1 >= verb || !s.tokens().get(subject + 1).word().equals(",")) {
      return subject;
    }
    for (Dependency d : s.childrenOf(subject)) {
      if (d.relation().equals("appos")
          && d.dependent() == verb - 1
          && s.tokens().get(d.dependent()).isProperNoun()) {
        return d.dependent();
      }
    }
    return subject;
  }

  /**
   * How the parser hangs a name on a thing it took for the subject: in apposition, loosely, or as a
   * conjunct ("The two share many goals, and Ruiz suggested ...").
   */
  private static final Set<String> NAME_LINKS = Set.of("appos", "dep", "conj");

  /**
   * "Washington (AFP) - Democrat Ana Ruiz said ...", "After the probe, Civic Watch asked ...": the
   * parser made a place or thing the subject and hung the name of whoever speaks on it (as an
   * apposition or a loose dependent). The last word of that name, a person's before a body's, or
   * the subject itself.
   */
  static int nameOnThing(Sentence s, int subject) {
    Token head = s.tokens().get(subject);
    if (Animacy.mayBeBeing(head) || !(head.ner().equals("LOCATION") || Animacy.isThing(head))) {
      return subject;
    }
    int person = -1;
    int body = -1;
    for (Dependency d : s.childrenOf(subject)) {
      Token t = s.tokens().get(d.dependent());
      if (!NAME_LINKS.contains(d.relation()) || !t.isProperNoun()) {
        continue;
      }
      if (t.ner().equals("PERSON")) {
        person = Math.max(person, d.dependent());
      } else if (t.ner().equals("ORGANIZATION")) {
        body = Math.max(body, d.dependent());
      }
    }
    return person >= 0 ? person : body >= 0 ? body : subject;
  }

  private static boolean isPersonName(Token t) {
    return t.ner().equals("PERSON") && t.isProperNoun();
  }
}
