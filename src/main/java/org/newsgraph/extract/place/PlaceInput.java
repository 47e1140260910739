package org.newsgraph.extract.place;

import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.nlp.ParsedArticle;

/** What the place resolver reads: the parse and the entities. */
public record PlaceInput(ParsedArticle doc, EntityLayer entities) {}
