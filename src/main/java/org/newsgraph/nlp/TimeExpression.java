package org.newsgraph.nlp;

/**
 * A time expression as SUTime normalized it, against the document date the pipeline was given.
 *
 * @param type DATE, TIME, DURATION or SET (TIMEX3 types)
 * @param value the TIMEX3 value ("2025-12-11", "2025-09", "XXXX-09", "P1D", "PRESENT_REF")
 * @param sentence the index of the sentence it is in
 */
public record TimeExpression(
    String text, String type, String value, int start, int end, int sentence) {}
