package org.newsgraph.model;

/**
 * A quotation or reported statement and who said it.
 *
 * @param kind direct, partial or indirect
 * @param text the quoted words; for indirect speech, the reported clause
 * @param cue the verb or phrase that attributes it ("said", "according to"), or null
 * @param via the outlet or person that relayed it, or null
 */
public record Quote(
    String id,
    String kind,
    String text,
    int start,
    int end,
    EntityRef speaker,
    String cue,
    EntityRef via) {
  public Quote {
    new Span(start, end);
  }
}
