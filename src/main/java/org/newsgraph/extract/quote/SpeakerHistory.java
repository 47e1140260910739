package org.newsgraph.extract.quote;

import java.util.TreeMap;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityRef;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The named people who speak in an article, by where they speak: a person named as the subject of a
 * verb of saying. A pronoun that speaks next ("She added") is most often that person.
 */
final class SpeakerHistory {
  /** How far back, in characters, a named speaker still holds the floor (about a paragraph). */
  private static final int REACH = 600;

  private final TreeMap<Integer, EntityRef> byOffset = new TreeMap<>();

  SpeakerHistory(ParsedArticle doc, EntityLayer entities, SpeechCues cues) {
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (!cues.isCue(t)) {
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
          byOffset.put(head.start(), who);
        }
      }
    }
  }

  /** The named person who last spoke before the offset, within reach; null if none. */
  EntityRef previousPerson(int offset) {
    var entry = byOffset.lowerEntry(offset);
    return entry == null || offset - entry.getKey() > REACH ? null : entry.getValue();
  }
}
