package org.newsgraph.extract.quote;

import java.util.List;
import org.newsgraph.extract.Clauses;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who introduces a quotation that has no cue of its own, from the writer's words before it in its
 * paragraph: the person named before a colon ("... doesn't surprise pollster Jane Roe: "...""), or
 * the verb of saying of an earlier sentence ("Roe questioned the figures. "Where are they?"").
 */
final class LeadIn {
  private final SpeechCues cues;

  LeadIn(SpeechCues cues) {
    this.cues = cues;
  }

  /**
   * The attribution the words before the quotation give, looking no further back than {@code after}
   * (the end of the quotation before it) nor past the paragraph's start; null if none.
   */
  Attribution of(ParsedArticle doc, Span q, int after, SpeakerResolver r) {
    Attribution colon = beforeColon(doc, q, r);
    return colon != null ? colon : earlierCue(doc, q, after, r);
  }

  /** "... pollster Jane Roe: "..."": the sentence's person subject, else its last person. */
  private static Attribution beforeColon(ParsedArticle doc, Span q, SpeakerResolver r) {
    String text = doc.text();
    int i = q.start() - 1;
    while (i >= 0 && " \"“«'`‘".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0 || text.charAt(i) != ':') {
      return null;
    }
    Sentence s = doc.sentenceAt(i);
    if (s == null || text.lastIndexOf('\n', i) >= s.start()) {
      return null; // "Name:" opening a line is a transcript label, read elsewhere
    }
    int root = Clauses.root(s);
    int subject = root < 0 ? -1 : SpeakerResolver.subjectOf(s, root, r.quoted());
    EntityRef who =
        subject >= 0 && s.tokens().get(subject).end() <= i ? person(s, subject, r) : null;
    if (who == null) {
      who = lastPerson(s, i, r);
    }
    return who == null ? null : new Attribution(who, ":", null);
  }

  /** The last person named in the sentence before the offset, outside quotation marks. */
  private static EntityRef lastPerson(Sentence s, int before, SpeakerResolver r) {
    EntityRef last = null;
    for (Token t : s.tokens()) {
      if (t.end() > before) {
        break;
      }
      EntityRef p = t.ner().equals("PERSON") ? person(s, t.index(), r) : null;
      if (p != null && !r.quoted().inside(t.start())) {
        last = p;
      }
    }
    return last;
  }

  /** The person entity the token mentions, or null. */
  private static EntityRef person(Sentence s, int token, SpeakerResolver r) {
    Token t = s.tokens().get(token);
    Entity e = r.entities().at(t.start(), t.end());
    return e != null && e.type().equals("PERSON") ? new EntityRef(e.id(), e.name()) : null;
  }

  /**
   * The last verb of saying, outside quotation marks, in the sentences of the quotation's paragraph
   * before it and after the previous quotation.
   */
  private Attribution earlierCue(ParsedArticle doc, Span q, int after, SpeakerResolver r) {
    String text = doc.text();
    int paragraph = text.lastIndexOf('\n', Math.max(0, q.start() - 1)) + 1;
    List<Sentence> sentences = doc.sentences();
    for (int k = sentences.size() - 1; k >= 0; k--) {
      Sentence s = sentences.get(k);
      if (s.end() > q.start()) {
        continue; // the quotation's own sentence was read by its cue
      }
      if (s.start() < Math.max(paragraph, after)) {
        return null;
      }
      for (int i = s.tokens().size() - 1; i >= 0; i--) {
        Token t = s.tokens().get(i);
        if (cues.isCue(s, t) && !r.quoted().inside(t.start())) {
          Attribution a = r.attribute(s, t);
          if (a != null) {
            return a;
          }
        }
      }
    }
    return null;
  }
}
