package org.newsgraph.extract.event.actor;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Whom a pronoun stands for: a quotation's speaker, else an actor named before it. */
final class PronounReferents {
  /** Pronouns that stand for an actor named before them: "they said they would release". */
  private static final Set<String> PRONOUNS =
      Set.of("it", "its", "they", "their", "them", "he", "his", "him", "she", "her");

  private final NounPhraseActors plain;

  PronounReferents(NounPhraseActors plain) {
    this.plain = plain;
  }

  /**
   * Whom a pronoun left uncoded stands for: "I" or "we" inside a quotation its speaker, "they" or
   * "it" an actor named before it.
   */
  EventActor referent(EventInput in, Sentence s, int token, EventActor a) {
    EventActor speaker =
        QuotedFirstPerson.speaker(s.tokens().get(token), in.quotes(), in.entities());
    if (speaker != null) {
      return speaker;
    }
    return a != null && isPronoun(s, token) ? antecedent(in, s, token) : null;
  }

  private static boolean isPronoun(Sentence s, int token) {
    return token >= 0 && PRONOUNS.contains(s.tokens().get(token).word().toLowerCase(Locale.ROOT));
  }

  /**
   * The actor a pronoun stands for: the nearest subject before it in the sentence that has a code,
   * else the subject of the sentence before.
   */
  private EventActor antecedent(EventInput in, Sentence s, int pronoun) {
    for (int i = pronoun - 1; i >= 0; i--) {
      Dependency up = s.headOf(i);
      if (up != null && up.relation().startsWith("nsubj") && !isPronoun(s, i)) {
        EventActor a = plain.plainActor(in, s, i);
        if (a != null && a.actor() != null) {
          return a;
        }
      }
    }
    if (s.index() > 0) {
      Sentence before = in.doc().sentences().get(s.index() - 1);
      for (Token t : before.tokens()) {
        Dependency up = before.headOf(t.index());
        if (up != null && up.relation().startsWith("nsubj") && !isPronoun(before, t.index())) {
          EventActor a = plain.plainActor(in, before, t.index());
          if (a != null && a.actor() != null) {
            return a;
          }
        }
      }
    }
    return null;
  }
}
