package org.newsgraph.extract.quote;

import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityRef;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The speaker of a headline in title case, as live blogs head their entries ("Chris Christie Says
 * He Would ..."): the capitalized words right before the cue, without what a page's widgets glued
 * to the first of them ("10:35PMChris"). The parser reads such lines badly.
 */
final class HeadlineSpeaker {
  /** Most words a headline's speaker takes ("Former Gov. Jeb Bush"). */
  private static final int MAX_WORDS = 4;

  private HeadlineSpeaker() {}

  /** The headline's speaker, or null when the cue is not in a title-case headline. */
  static EntityRef of(Sentence s, Token cue, EntityLayer entities) {
    int at = cue.index();
    if (at == 0
        || at + 1 >= s.tokens().size()
        || !startsUpper(cue.word())
        || !startsUpper(s.tokens().get(at + 1).word())) {
      return null;
    }
    int first = at;
    while (first > 0 && at - first < MAX_WORDS && startsUpper(s.tokens().get(first - 1).word())) {
      first--;
    }
    if (first == at) {
      return null;
    }
    StringBuilder name = new StringBuilder(lastWordOf(s.tokens().get(first).word()));
    for (int i = first + 1; i < at; i++) {
      name.append(' ').append(s.tokens().get(i).word());
    }
    Token last = s.tokens().get(at - 1);
    Entity e = entities.at(last.start(), last.end());
    if (e != null && e.type().equals("PERSON") && first + 1 < at) {
      return new EntityRef(e.id(), e.name());
    }
    return PersonNamed.ref(entities, name.toString());
  }

  /**
   * "PMChris" → "Chris", "FlagShareLikeReplyAni" → "Ani": the last capitalized word of a token
   * whose glued prefix has two capitals or more; "McCain" and "DeSantis" stay whole.
   */
  static String lastWordOf(String token) {
    for (int k = token.length() - 2; k > 0; k--) {
      if (Character.isUpperCase(token.charAt(k)) && Character.isLowerCase(token.charAt(k + 1))) {
        long capitals = token.substring(0, k).chars().filter(Character::isUpperCase).count();
        return capitals >= 2 ? token.substring(k) : token;
      }
    }
    return token;
  }

  private static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
