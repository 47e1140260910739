package org.newsgraph.extract.event.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.Token;

/**
 * "I" and "we" inside a quotation stand for its speaker: in '"I have ordered the army to strike
 * back," Netanyahu said' Netanyahu orders. "I" is the speaker; "we" is the side the speaker speaks
 * for, so it takes the speaker's actor code but is not the person.
 */
public final class QuotedFirstPerson {
  /** Pronouns for the speaker as a person. */
  private static final Set<String> SINGULAR = Set.of("i", "me", "my");

  /** Pronouns for the side the speaker speaks for. */
  private static final Set<String> PLURAL = Set.of("we", "us", "our");

  /** Quote kinds whose words are the speaker's own; a reported clause says "he", not "I". */
  private static final Set<String> OWN_WORDS = Set.of("direct", "partial");

  private QuotedFirstPerson() {}

  /** The speaker a first-person pronoun inside a quotation stands for, or null. */
  static EventActor speaker(Token t, List<Quote> quotes, EntityLayer entities) {
    String w = t.word().toLowerCase(Locale.ROOT);
    boolean singular = SINGULAR.contains(w);
    if (!singular && !PLURAL.contains(w)) {
      return null;
    }
    Quote q =
        around(
            quotes,
            t.start(),
            x ->
                OWN_WORDS.contains(x.kind()) && t.end() <= x.end() && x.speaker().entity() != null);
    if (q == null) {
      return null;
    }
    Entity e = entities.byId(q.speaker().entity());
    if (e == null) {
      return null;
    }
    return singular
        ? new EventActor(e.id(), e.name(), e.actor())
        : e.actor() == null ? null : new EventActor(null, e.name(), e.actor());
  }

  /** The first quotation with a speaker whose span holds the offset and that passes the test. */
  public static Quote around(List<Quote> quotes, int offset, Predicate<Quote> test) {
    for (Quote q : quotes) {
      if (q.start() <= offset && offset < q.end() && q.speaker() != null && test.test(q)) {
        return q;
      }
    }
    return null;
  }
}
