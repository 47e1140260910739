package org.newsgraph.extract.quote;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.extract.QuotedSpans;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.extract.entity.Genders;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.pipeline.Stage;

/**
 * Binds the pronoun that speaks ("she added", "Reyes, who said") to the person it stands for, in
 * the entity layer itself, so that a quote's speaker and its entity's mentions tell one story.
 * "She" is the named person who spoke last, of her gender; failing that, the person of her gender
 * named last; "who" is the person its clause hangs on.
 */
public final class SpeakerPronouns implements Stage<QuoteInput, EntityLayer> {
  /** How far back, in characters, a pronoun speaker may find the person it stands for. */
  private static final int PRONOUN_REACH = 1500;

  private final SpeechCues cues;

  public SpeakerPronouns(SpeechCues cues) {
    this.cues = cues;
  }

  @Override
  public EntityLayer apply(QuoteInput in) {
    ParsedArticle doc = in.doc();
    EntityLayer entities = in.entities();
    QuotedSpans quoted = QuotedSpans.of(doc.text());
    SpeakerHistory speakers = new SpeakerHistory(doc, entities, cues, quoted);
    // Every binding is read off the layer as the entity extractor left it, then applied at once:
    // a pronoun bound early must not change the gender a later one is matched against.
    Map<Mention, String> bindings = new LinkedHashMap<>();
    for (Sentence s : doc.sentences()) {
      for (Token cue : s.tokens()) {
        if (!cues.isCue(s, cue) || quoted.inside(cue.start())) {
          continue;
        }
        int subject = SpeakerResolver.subjectOf(s, cue.index(), quoted);
        if (subject < 0) {
          continue;
        }
        Token t = s.tokens().get(subject);
        Character gender = t.pos().equals("PRP") ? Genders.ofPronoun(t.word()) : null;
        if (gender != null) {
          EntityRef who = speakers.previousPerson(t.start(), gender);
          if (who == null && entities.at(t.start(), t.end()) == null) {
            // No one has spoken yet, and the entity layer looked only two sentences back: the
            // person of that gender named last, further up ("Graham ... He assures voters ...").
            who = lastPersonBefore(entities, quoted, t.start(), gender);
          }
          if (who != null) {
            bindings.put(Mention.of(doc.text(), t.start(), t.end()), who.entity());
          }
          continue;
        }
        int relative = relativeSubject(s, cue.index());
        if (relative >= 0 && relative != subject) {
          EntityRef who = SpeakerResolver.named(doc, entities, s, subject);
          Token w = s.tokens().get(relative);
          if (who.entity() != null) {
            bindings.put(Mention.of(doc.text(), w.start(), w.end()), who.entity());
          }
        }
      }
    }
    return bindings.isEmpty() ? entities : entities.rebind(bindings);
  }

  /** The relative pronoun ("who", "which") that is the verb's own subject, or -1. */
  private static int relativeSubject(Sentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().startsWith("nsubj") && s.tokens().get(d.dependent()).pos().startsWith("W")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The person of the pronoun's gender mentioned last before the offset, within reach. */
  private static EntityRef lastPersonBefore(
      EntityLayer entities, QuotedSpans quoted, int offset, char gender) {
    Entity best = null;
    int bestStart = -1;
    for (Entity e : entities.entities()) {
      Character g = e.type().equals("PERSON") ? Genders.of(e) : null;
      if (g == null || g != gender) {
        continue; // this far back, only a person known to be of the pronoun's gender
      }
      for (Mention m : e.mentions()) {
        if (m.start() < offset
            && m.start() > bestStart
            && offset - m.start() <= PRONOUN_REACH
            && !quoted.inside(m.start())
            && Genders.ofPronoun(m.text()) == null) {
          best = e;
          bestStart = m.start();
        }
      }
    }
    return best == null ? null : new EntityRef(best.id(), best.name());
  }
}
