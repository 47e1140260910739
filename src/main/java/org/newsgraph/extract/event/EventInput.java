package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.extract.time.DateLayer;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.ParsedArticle;

/** What the event extractor reads: the parse, the entities, the dates and the quotes. */
public record EventInput(
    ParsedArticle doc, EntityLayer entities, DateLayer dates, List<Quote> quotes) {
  public EventInput {
    quotes = List.copyOf(quotes);
  }
}
