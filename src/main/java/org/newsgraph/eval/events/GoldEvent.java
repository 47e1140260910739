package org.newsgraph.eval.events;

import java.util.List;

/**
 * One gold sentence and the event it reports.
 *
 * @param type the PLOVER category, in today's names (DEMAND read as REQUEST, ...)
 * @param sources the source actors; empty when the gold gives none (then not scored)
 * @param targets the target actors; empty when the gold gives none (then not scored)
 * @param eventWords the words the gold marks as naming an event ("offered to hand over"); empty
 *     when it marks none
 */
public record GoldEvent(
    String id,
    String text,
    String type,
    List<GoldActor> sources,
    List<GoldActor> targets,
    List<String> eventWords) {
  public GoldEvent {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    eventWords = List.copyOf(eventWords);
  }

  /** A gold event whose record marks no event words. */
  public GoldEvent(
      String id, String text, String type, List<GoldActor> sources, List<GoldActor> targets) {
    this(id, text, type, sources, targets, List.of());
  }

  /**
   * A gold actor: a country (ISO alpha-3, or null) and a sector (GOV, MIL, IGO..., or null).
   *
   * @param text the words the gold marks
   */
  public record GoldActor(String text, String country, String sector) {}
}
