package org.newsgraph.model;

/**
 * A quotation or reported statement and who said it.
 *
 * @param kind direct, partial or indirect
 * @param text the quoted words; for indirect speech, the reported clause
 * @param cue the verb or phrase that attributes it ("said", "according to"), or null
 * @param via the outlet or person that relayed it, or null
 * @param partOf the id of the quotation this one is a piece of, or null: the reported clause a
 *     partial quotation stands in ("said Maduro "has little time left""), or the first part of a
 *     statement split around its cue or continued in the next paragraph
 */
public record Quote(
    String id,
    String kind,
    String text,
    int start,
    int end,
    EntityRef speaker,
    String cue,
    EntityRef via,
    String partOf) {
  public Quote {
    new Span(start, end);
  }

  /** A quotation that is no piece of another. */
  public Quote(
      String id,
      String kind,
      String text,
      int start,
      int end,
      EntityRef speaker,
      String cue,
      EntityRef via) {
    this(id, kind, text, start, end, speaker, cue, via, null);
  }
}
