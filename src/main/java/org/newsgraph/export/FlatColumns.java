package org.newsgraph.export;

import java.util.List;
import java.util.function.Function;
import org.newsgraph.store.query.EventItem;

/** The columns of the CSV and Parquet exports: one row an event, names as in the store. */
final class FlatColumns {
  private FlatColumns() {}

  static final List<Column> ALL =
      List.of(
          Column.text("article", EventItem::article),
          Column.text("id", EventItem::id),
          Column.text("date", EventItem::date),
          Column.text("type", EventItem::type),
          Column.text("mode", EventItem::mode),
          Column.text("cameo", EventItem::cameo),
          Column.text("quad_class", EventItem::quadClass),
          Column.real("goldstein", EventItem::goldstein),
          Column.text("source_name", side(EventItem::source, EventItem.Side::name)),
          Column.text("source_code", side(EventItem::source, EventItem.Side::code)),
          Column.text("source_country", side(EventItem::source, EventItem.Side::country)),
          Column.text("source_sector", side(EventItem::source, EventItem.Side::sector)),
          Column.text("target_name", side(EventItem::target, EventItem.Side::name)),
          Column.text("target_code", side(EventItem::target, EventItem.Side::code)),
          Column.text("target_country", side(EventItem::target, EventItem.Side::country)),
          Column.text("target_sector", side(EventItem::target, EventItem.Side::sector)),
          Column.text("place", place(EventItem.PlaceRef::name)),
          Column.text("place_country", place(EventItem.PlaceRef::country)),
          Column.real("place_lat", place(EventItem.PlaceRef::lat)),
          Column.real("place_lon", place(EventItem.PlaceRef::lon)),
          Column.bool("negated", EventItem::negated),
          Column.bool("hypothetical", EventItem::hypothetical),
          Column.text("evidence", e -> e.evidence().text()),
          Column.integer("evidence_start", e -> e.evidence().start()),
          Column.integer("evidence_end", e -> e.evidence().end()),
          Column.integer("num_mentions", EventItem::numMentions),
          Column.integer("num_articles", EventItem::numArticles),
          Column.integer("num_sources", EventItem::numSources),
          Column.text("article_title", EventItem::articleTitle),
          Column.text("article_url", EventItem::articleUrl),
          Column.text("publisher", EventItem::publisher),
          Column.text("published", EventItem::published));

  /** A field of the source or target, null when the event has none. */
  static Function<EventItem, Object> side(
      Function<EventItem, EventItem.Side> which, Function<EventItem.Side, Object> field) {
    return e -> which.apply(e) == null ? null : field.apply(which.apply(e));
  }

  /** A field of the place, null when the event has none. */
  static Function<EventItem, Object> place(Function<EventItem.PlaceRef, Object> field) {
    return placeOf(EventItem::place, field);
  }

  /** A field of a place, null when there is none. */
  static Function<EventItem, Object> placeOf(
      Function<EventItem, EventItem.PlaceRef> which, Function<EventItem.PlaceRef, Object> field) {
    return e -> which.apply(e) == null ? null : field.apply(which.apply(e));
  }
}
