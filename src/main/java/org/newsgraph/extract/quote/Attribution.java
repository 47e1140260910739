package org.newsgraph.extract.quote;

import org.newsgraph.model.EntityRef;

/**
 * Who said something and how the article says so.
 *
 * @param cue the word that attributes it ("said", "according to", ":" for a transcript line)
 * @param via the outlet or person that relayed it, or null
 * @param at where the cue word stands in the text, or -1 when no one word is the cue
 */
record Attribution(EntityRef speaker, String cue, EntityRef via, int at) {
  /** An attribution by no single cue word (a transcript label, "according to"). */
  Attribution(EntityRef speaker, String cue, EntityRef via) {
    this(speaker, cue, via, -1);
  }

  /** The same attribution spoken by someone else. */
  Attribution by(EntityRef other) {
    return new Attribution(other, cue, via, at);
  }

  /** Whether both hang on the same cue: the same word in the text, or the same label. */
  boolean sameCue(Attribution other) {
    return at >= 0 || other.at >= 0 ? at == other.at : java.util.Objects.equals(cue, other.cue);
  }
}
