/**
 * Where triggers are found and judged: the trigger lexicon ({@code resources/event/triggers.tsv},
 * {@link org.newsgraph.extract.event.trigger.TriggerLexicon}) and its conditions, demands read from
 * modals, and whether a match reports an act of its own, negated, hypothetical or recoded ({@code
 * TriggerContext}, {@code Modality}, {@code GoverningActs} and the noun filters).
 */
package org.newsgraph.extract.event.trigger;
