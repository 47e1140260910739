package org.newsgraph.extract.event.trigger;

import java.util.List;

/**
 * One line of the trigger lexicon.
 *
 * @param lemma the pattern as written, without the head mark ("seizure warrant")
 * @param noun true when the head is an event noun ("seizure"), false for a verb ("seize")
 * @param mode the PLOVER mode, or null
 * @param words the pattern's lemmas, in order
 * @param head the index in {@code words} of the word the roles are read from
 * @param when conditions on the head's dependents, all of which must hold
 */
public record Trigger(
    String lemma,
    boolean noun,
    String type,
    String mode,
    String cameo,
    List<String> words,
    int head,
    List<TriggerCondition> when) {
  public Trigger {
    words = List.copyOf(words);
    when = List.copyOf(when);
  }
}
