package org.newsgraph.model;

import java.util.List;

/**
 * Everything Newsgraph read from one article: the contract of {@code spec/analysis-output.md}.
 * Offsets count Unicode code points into {@code article.text}.
 */
public record AnalysisRecord(
    String schema,
    Article article,
    List<Entity> entities,
    List<Quote> quotes,
    List<Event> events,
    List<DateMention> dates,
    List<Place> places) {
  /** The schema name and version this record follows. */
  public static final String SCHEMA = "newsgraph.analysis/1";

  public AnalysisRecord {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    dates = List.copyOf(dates);
    places = List.copyOf(places);
  }
}
