package org.newsgraph.store.query;

import java.util.List;

/**
 * Everything the store holds on one actor: by code ({@code RUSGOV}, or a country {@code RUS}) or by
 * an entity's exact name.
 *
 * @param key the code or name asked for
 * @param code the actor code: the key, or the code most often given to the name (may be null)
 * @param names the names the actor is given, most frequent first
 * @param titles the offices and roles its people are given, most frequent first
 * @param counterparts who is on the other side of its events, most events first
 * @param countsByMonth its events (either side) by month and type
 */
public record ActorProfile(
    String key,
    String code,
    String country,
    String sector,
    List<String> names,
    List<String> titles,
    Page<QuoteItem> quotesBy,
    Page<QuoteItem> quotesAbout,
    Page<EventItem> eventsAsSource,
    Page<EventItem> eventsAsTarget,
    List<Counterpart> counterparts,
    List<PeriodCount> countsByMonth) {

  /** The other side of an actor's events: its code (or null) and name, and how many events. */
  public record Counterpart(String code, String name, long events) {}
}
