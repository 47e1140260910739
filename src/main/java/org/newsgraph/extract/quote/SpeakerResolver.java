package org.newsgraph.extract.quote;

import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityRef;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Turns the subject of a cue into a speaker: the entity it mentions, or the words it uses. */
final class SpeakerResolver {
  /** Longest unnamed speaker phrase kept, in tokens ("regional analysts"). */
  private static final int MAX_NAME_TOKENS = 8;

  private SpeakerResolver() {}

  /** Relations by which a cue hangs on the clause whose subject is its speaker. */
  private static final java.util.Set<String> CLIMB = java.util.Set.of("conj", "advcl", "xcomp");

  /**
   * The subject of the cue verb: its own, else that of the clause it hangs on ("... and added",
   * "noting ..."); a relative "who" stands for the noun it modifies. -1 if none.
   */
  static int subjectOf(Sentence s, int verb) {
    for (int at = verb, steps = 0; at >= 0 && steps < 4; steps++) {
      for (Dependency d : s.childrenOf(at)) {
        if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
            && s.tokens().get(at).isVerb()) {
          Token subject = s.tokens().get(d.dependent());
          Dependency rel = s.headOf(at);
          if (subject.pos().startsWith("W") && rel != null && rel.relation().startsWith("acl")) {
            return rel.governor(); // "Reyes Matta, ..., who said": the speaker is Reyes Matta
          }
          return d.dependent();
        }
      }
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0 || !CLIMB.contains(up.relation())) {
        return -1;
      }
      if (up.relation().equals("advcl") && !s.tokens().get(at).pos().equals("VBG")) {
        return -1; // "noting ..." shares the main subject; "Asked ..., she said" does not
      }
      at = up.governor();
    }
    return -1;
  }

  /** The speaker a subject token names. */
  static EntityRef resolve(ParsedArticle doc, EntityLayer entities, Sentence s, int subject) {
    Token head = s.tokens().get(subject);
    Entity e = entities.at(head.start(), head.end());
    if (e != null) {
      return new EntityRef(e.id(), e.name());
    }
    int[] range = phrase(s, subject);
    String words =
        doc.text().substring(s.tokens().get(range[0]).start(), s.tokens().get(range[1]).end());
    return new EntityRef(null, words);
  }

  /** The noun phrase under a head, without clauses, appositions or modifiers hanging on it. */
  private static int[] phrase(Sentence s, int head) {
    int[] range =
        s.extent(
            head,
            d -> {
              String r = d.relation();
              return !(r.startsWith("acl")
                  || r.equals("punct")
                  || r.equals("appos")
                  || r.startsWith("nmod")
                  || r.equals("det"));
            });
    return range[1] - range[0] >= MAX_NAME_TOKENS ? new int[] {head, head} : range;
  }
}
