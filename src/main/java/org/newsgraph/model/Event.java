package org.newsgraph.model;

/**
 * One action the article reports, coded in PLOVER with the CAMEO code alongside.
 *
 * @param type one of the 16 PLOVER categories
 * @param mode the PLOVER mode (phone, seize, ...), or null
 * @param dateSource how {@code date} was found: "text" (a date in the clause or anchored to one),
 *     or "published" (the publication date as a fallback)
 * @param evidence the sentence or clause the event was read from
 * @param trigger the words that name the action
 */
public record Event(
    String id,
    String type,
    String mode,
    String cameo,
    EventActor source,
    EventActor target,
    String date,
    String dateSource,
    Location location,
    boolean negated,
    boolean hypothetical,
    Mention evidence,
    Mention trigger,
    double confidence) {}
