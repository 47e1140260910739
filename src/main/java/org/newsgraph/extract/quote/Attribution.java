package org.newsgraph.extract.quote;

import org.newsgraph.model.EntityRef;

/**
 * Who said something and how the article says so.
 *
 * @param cue the word that attributes it ("said", "according to", ":" for a transcript line)
 * @param via the outlet or person that relayed it, or null
 */
record Attribution(EntityRef speaker, String cue, EntityRef via) {
  /** The same attribution spoken by someone else. */
  Attribution by(EntityRef other) {
    return new Attribution(other, cue, via);
  }
}
