package org.newsgraph.store.query;

/**
 * Which events to read; every field may be null (no condition). Actor values match an actor code
 * ({@code RUSGOV}), a country ({@code RUS}, which takes in {@code RUSGOV}) or an exact name.
 *
 * @param type a PLOVER category ({@code COERCE})
 * @param actor the source or the target
 * @param source the source
 * @param target the target
 * @param country the country where the action took place
 * @param place words of the place's name
 * @param dates the event's date
 * @param q words that all occur in the evidence
 * @param article one article's events
 */
public record EventFilter(
    String type,
    String actor,
    String source,
    String target,
    String country,
    String place,
    DateRange dates,
    String q,
    String article) {
  /** Every event. */
  public static final EventFilter ALL =
      new EventFilter(null, null, null, null, null, null, DateRange.ALL, null, null);

  public EventFilter {
    dates = dates == null ? DateRange.ALL : dates;
  }

  /** The same filter for events of this source. */
  public EventFilter withSource(String value) {
    return new EventFilter(type, actor, value, target, country, place, dates, q, article);
  }

  /** The same filter for events of this target. */
  public EventFilter withTarget(String value) {
    return new EventFilter(type, actor, source, value, country, place, dates, q, article);
  }

  /** The same filter for events with this actor on either side. */
  public EventFilter withActor(String value) {
    return new EventFilter(type, value, source, target, country, place, dates, q, article);
  }

  /** The conditions on the events table {@code e}. */
  Where where() {
    Where w = new Where();
    w.andIf(type, "e.type = upper(?)");
    w.andIf(actor, ActorMatch.side("source") + " OR " + ActorMatch.side("target"));
    w.andIf(source, ActorMatch.side("source"));
    w.andIf(target, ActorMatch.side("target"));
    w.andIf(country, "e.place_country = upper(?)");
    w.andIf(article, "e.article = ?");
    Words.addTo(w, "e.place", place);
    Words.addTo(w, "e.evidence", q);
    dates.addTo(w, "e.date");
    return w;
  }
}
