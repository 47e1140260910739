package org.newsgraph.extract.event.role;

import java.util.Locale;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** "Both leaders", "the two presidents": the two people named just before the sentence. */
final class NamedPairs {
  private NamedPairs() {}

  /**
   * For a subject "both leaders" / "the two presidents": the last two people with actor codes named
   * before the sentence, the earlier named first; null when the subject is not such a pair.
   */
  static EventActor[] bothNamedBefore(EventInput in, Sentence s, int subject) {
    Token head = s.tokens().get(subject);
    if (!head.pos().equals("NNS")) {
      return null;
    }
    boolean pair = false;
    for (Dependency d : s.childrenOf(subject)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      pair |= w.equals("both") || w.equals("two");
    }
    if (!pair) {
      return null;
    }
    Entity last = null;
    Entity before = null;
    int lastAt = -1;
    int beforeAt = -1;
    for (Entity e : in.entities().entities()) {
      if (!"PERSON".equals(e.type()) || e.actor() == null) {
        continue;
      }
      int at = -1;
      for (org.newsgraph.model.Mention m : e.mentions()) {
        if (m.end() <= s.start() && s.start() - m.end() < 1_500) {
          at = Math.max(at, m.start());
        }
      }
      if (at > lastAt) {
        before = last;
        beforeAt = lastAt;
        last = e;
        lastAt = at;
      } else if (at > beforeAt) {
        before = e;
        beforeAt = at;
      }
    }
    if (before == null || beforeAt < 0) {
      return null;
    }
    Entity first = beforeAt < lastAt ? before : last;
    Entity second = first == before ? last : before;
    return new EventActor[] {
      new EventActor(first.id(), first.name(), first.actor()),
      new EventActor(second.id(), second.name(), second.actor())
    };
  }
}
