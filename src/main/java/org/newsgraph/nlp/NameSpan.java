package org.newsgraph.nlp;

/**
 * A named-entity mention as the NER model found it, before the project's entity layer.
 *
 * @param type PERSON, ORGANIZATION, LOCATION or MISC
 * @param sentence the index of the sentence it is in
 * @param firstToken index of its first token in that sentence
 * @param lastToken index of its last token, inclusive
 */
public record NameSpan(
    String text, String type, int start, int end, int sentence, int firstToken, int lastToken) {}
