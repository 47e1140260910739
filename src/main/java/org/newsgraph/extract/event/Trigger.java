package org.newsgraph.extract.event;

/**
 * One line of the trigger lexicon.
 *
 * @param noun true for an event noun ("seizure"), false for a verb ("seize")
 * @param mode the PLOVER mode, or null
 */
public record Trigger(String lemma, boolean noun, String type, String mode, String cameo) {}
