package org.newsgraph.nlp;

/**
 * A Universal Dependencies relation between two tokens of one sentence.
 *
 * @param relation the relation with its subtype ("nsubj", "obl:tmod", "nmod:poss")
 * @param governor the head's token index, or -1 for the root
 * @param dependent the dependent's token index
 */
public record Dependency(String relation, int governor, int dependent) {}
