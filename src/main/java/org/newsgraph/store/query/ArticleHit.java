package org.newsgraph.store.query;

/**
 * An article in a list.
 *
 * @param snippet HTML: the words around the best match with matches in {@code <mark>}, or the
 *     opening words; everything else escaped
 */
public record ArticleHit(
    String id, String title, String publisher, String published, String url, String snippet) {}
