package org.newsgraph.extract.quote;

import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.nlp.ParsedArticle;

/** What the quote extractor reads: the parsed article and its entities. */
public record QuoteInput(ParsedArticle doc, EntityLayer entities) {}
