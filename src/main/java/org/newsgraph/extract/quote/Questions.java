package org.newsgraph.extract.quote;

import org.newsgraph.model.EntityRef;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Questions put to a speaker ("Asked whether ...", "X was asked about ..."): who asked them. */
final class Questions {
  private Questions() {}

  /**
   * The attribution of a cue, where "Asked whether ..." and "X was asked whether ..." are asked by
   * someone else than X; null when the cue has no one to speak.
   */
  static Attribution attribution(Sentence s, Token cue, SpeakerResolver resolver) {
    Attribution a = cue.pos().equals("VBN") ? askedBy(s, cue, resolver) : null;
    return a != null ? a : resolver.attribute(s, cue);
  }

  /** "Asked", "asked": a participle of "ask", which puts a question to the sentence's speaker. */
  static boolean isQuestionPut(Token t) {
    return t.pos().equals("VBN") && t.lemma().equalsIgnoreCase("ask");
  }

  /**
   * "Asked whether he would veto the bill, the governor said ...": a question put to the speaker of
   * the sentence, by whoever "by" names, else by a reporter. Null for other cues.
   */
  private static Attribution askedBy(Sentence s, Token cue, SpeakerResolver resolver) {
    if (!isQuestionPut(cue)) {
      return null;
    }
    for (Dependency d : s.childrenOf(cue.index())) {
      if (d.relation().equals("nsubj")) {
        return null; // "she has asked whether": she asked
      }
    }
    int agent = agent(s, cue.index());
    for (Dependency d : s.childrenOf(cue.index())) {
      if (agent < 0 && d.relation().equals("xcomp")) {
        agent = agent(s, d.dependent()); // "asked to keep them by the committee": hung on "keep"
      }
    }
    return agent >= 0
        ? new Attribution(resolver.speaker(s, agent), cue.word(), null)
        : new Attribution(new EntityRef(null, "reporter"), cue.word(), null);
  }

  /** The noun of a "by" phrase on the verb: who did the asking; -1 if none. */
  static int agent(Sentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("obl:agent") || d.relation().equals("obl")) {
        for (Dependency c : s.childrenOf(d.dependent())) {
          if (c.relation().equals("case") && s.tokens().get(c.dependent()).word().equals("by")) {
            return d.dependent();
          }
        }
      }
    }
    return -1;
  }
}
