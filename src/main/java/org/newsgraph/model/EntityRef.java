package org.newsgraph.model;

/**
 * Who a quote or event points at: an entity id where the article names one, and a name always.
 *
 * @param entity the id of an {@link Entity}, or null for an unnamed speaker ("officials")
 */
public record EntityRef(String entity, String name) {}
