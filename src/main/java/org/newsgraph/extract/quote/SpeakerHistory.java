package org.newsgraph.extract.quote;

import java.util.TreeMap;
import org.newsgraph.extract.QuotedSpans;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.extract.entity.Genders;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The named people who speak in an article, by where they speak: a person named as the subject of a
 * verb of saying (or a verb that opens a quotation with a colon). A pronoun that speaks next ("She
 * added") is most often that person.
 */
final class SpeakerHistory {
  /** How far back, in characters, a named speaker still holds the floor (about a paragraph). */
  private static final int REACH = 600;

  /**
   * How many words (adverbs, "back") a verb may stand before the colon that opens its quotation.
   */
  private static final int COLON_REACH = 3;

  /** A named speaker and their gender ('M', 'F' or null when the article does not tell). */
  private record Speaker(EntityRef who, Character gender) {}

  private final TreeMap<Integer, Speaker> byOffset = new TreeMap<>();

  private final String text;
  private final EntityLayer entities;
  private final QuotedSpans quoted;

  SpeakerHistory(ParsedArticle doc, EntityLayer entities, SpeechCues cues, QuotedSpans quoted) {
    this.text = doc.text();
    this.entities = entities;
    this.quoted = quoted;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (!cues.isCue(s, t) && !opensQuotation(s, t)) {
          continue;
        }
        int subject = SpeakerResolver.subjectOf(s, t.index());
        if (subject < 0) {
          continue;
        }
        Token head = s.tokens().get(subject);
        EntityRef who =
            head.pos().startsWith("PRP") ? null : SpeakerResolver.named(doc, entities, s, subject);
        Entity e = who == null || who.entity() == null ? null : entities.byId(who.entity());
        if (e != null && e.type().equals("PERSON")) {
          byOffset.put(head.start(), new Speaker(who, Genders.of(e)));
        }
      }
    }
  }

  /**
   * "Park fired back: "..."": a verb outside the cue list that a colon and a quotation mark follow
   * within a few words is used as one, so its subject speaks there too.
   */
  private boolean opensQuotation(Sentence s, Token verb) {
    if (!verb.isVerb() || quoted.inside(verb.start())) {
      return false;
    }
    int last = Math.min(s.tokens().size() - 1, verb.index() + COLON_REACH);
    for (int i = verb.index() + 1; i <= last; i++) {
      Token t = s.tokens().get(i);
      if (t.word().equals(":")) {
        int j = t.end();
        while (j < text.length() && text.charAt(j) == ' ') {
          j++;
        }
        return j < text.length() && "\"“'‘`".indexOf(text.charAt(j)) >= 0;
      }
      if (t.isVerb() || t.isProperNoun()) {
        return false; // another clause before the colon
      }
    }
    return false;
  }

  /**
   * The named person who last spoke before the offset, within reach, and not of the other gender
   * than the pronoun's ("she added" passes over the man quoted last); null if none. A speaker two
   * or more paragraphs back has lost the floor once the article has named another person who could
   * be the pronoun ("Footage of the preacher Farouk appears. '...,' he says.").
   */
  EntityRef previousPerson(int offset, char gender) {
    for (var entry = byOffset.lowerEntry(offset);
        entry != null && offset - entry.getKey() <= REACH;
        entry = byOffset.lowerEntry(entry.getKey())) {
      Character g = entry.getValue().gender();
      if (g == null || g == gender) {
        EntityRef who = entry.getValue().who();
        boolean far = QuotationFinder.paragraphsBetween(text, entry.getKey(), offset) > 1;
        return far && anotherPersonBetween(who, entry.getKey(), offset, gender) ? null : who;
      }
    }
    return null;
  }

  /** Whether a person other than the speaker, who could be the pronoun, is named in between. */
  private boolean anotherPersonBetween(EntityRef speaker, int from, int to, char gender) {
    for (Entity e : entities.entities()) {
      Character g = e.type().equals("PERSON") ? Genders.of(e) : null;
      if (!e.type().equals("PERSON")
          || e.id().equals(speaker.entity())
          || g != null && g != gender) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.start() > from
            && m.start() < to
            && !quoted.inside(m.start())
            && Genders.ofPronoun(m.text()) == null) {
          return true;
        }
      }
    }
    return false;
  }
}
