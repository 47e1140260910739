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
          Column.text("source_name", field(EventItem::source, EventItem.Side::name)),
          Column.text("source_code", field(EventItem::source, EventItem.Side::code)),
          Column.text("source_country", field(EventItem::source, EventItem.Side::country)),
          Column.text("source_sector", field(EventItem::source, EventItem.Side::sector)),
          Column.text("target_name", field(EventItem::target, EventItem.Side::name)),
          Column.text("target_code", field(EventItem::target, EventItem.Side::code)),
          Column.text("target_country", field(EventItem::target, EventItem.Side::country)),
          Column.text("target_sector", field(EventItem::target, EventItem.Side::sector)),
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

  /** A field of a part of the event (its source, target or place), null when it has none. */
  static <P> Function<EventItem, Object> field(
      Function<EventItem, P> part, Function<P, Object> field) {
    return e -> {
      P p = part.apply(e);
      return p == null ? null : field.apply(p);
    };
  }

  /** A field of the event's place, null when it has none. */
  static Function<EventItem, Object> place(Function<EventItem.PlaceRef, Object> f) {
    return field(EventItem::place, f);
  }
}
