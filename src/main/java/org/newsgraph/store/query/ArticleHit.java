package org.newsgraph.store.query;

/**
 * An article in a list.
 *
 * @param snippet the words around the best match, matches marked as the {@link SnippetFormat} says
 *     (the API's: HTML, matches in {@code <mark>}, the rest escaped), or the opening words;
 *     everything else escaped
 */
public record ArticleHit(
    String id, String title, String publisher, String published, String url, String snippet) {}
