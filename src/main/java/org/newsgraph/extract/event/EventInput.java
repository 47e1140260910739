package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.extract.place.ArticlePlaces;
import org.newsgraph.extract.time.DateLayer;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.ParsedArticle;

/**
 * What the event extractor reads: the parse, the entities, the dates, the quotes and the resolved
 * places.
 */
public record EventInput(
    ParsedArticle doc,
    EntityLayer entities,
    DateLayer dates,
    List<Quote> quotes,
    ArticlePlaces places) {
  public EventInput {
    quotes = List.copyOf(quotes);
    places = places == null ? ArticlePlaces.none() : places;
  }

  /** Input without resolved places: events get none. */
  public EventInput(ParsedArticle doc, EntityLayer entities, DateLayer dates, List<Quote> quotes) {
    this(doc, entities, dates, quotes, ArticlePlaces.none());
  }
}
