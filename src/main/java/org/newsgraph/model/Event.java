package org.newsgraph.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One action the article reports, coded in PLOVER with the CAMEO code alongside.
 *
 * @param type one of the 16 PLOVER categories
 * @param mode the PLOVER mode (phone, seize, ...), or null
 * @param dateSource how {@code date} was found: "text" (a date in the clause or anchored to one),
 *     or "published" (the publication date as a fallback)
 * @param evidence the sentence or clause the event was read from
 * @param trigger the words that name the action
 * @param quadClass the PLOVER quad class: VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT
 *     or MATERIAL_CONFLICT
 * @param goldstein the Goldstein conflict-cooperation score of the CAMEO code, -10 to 10, or null
 * @param reportedBy who the article says reported the action (the speaker of the quotation or
 *     reported speech it sits in), or null when the article asserts it
 * @param mentions every place the article refers to this same action ("the call", "the
 *     conversation"), the trigger first; one element when it is mentioned once
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
    double confidence,
    String quadClass,
    Double goldstein,
    EventActor reportedBy,
    List<Mention> mentions) {
  public Event {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** The same event with every offset mapped ({@code output/CodePointOffsets}). */
  public Event withMentions(UnaryOperator<Mention> map) {
    return new Event(
        id,
        type,
        mode,
        cameo,
        source,
        target,
        date,
        dateSource,
        location,
        negated,
        hypothetical,
        evidence == null ? null : map.apply(evidence),
        trigger == null ? null : map.apply(trigger),
        confidence,
        quadClass,
        goldstein,
        reportedBy,
        mentions.stream().map(map).toList());
  }
}
