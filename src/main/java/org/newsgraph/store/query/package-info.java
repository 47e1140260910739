/**
 * Read-side queries over the store, shared by {@code serve} (the HTTP API) and {@code export}:
 * filter records ({@link org.newsgraph.store.query.EventFilter}, {@link
 * org.newsgraph.store.query.QuoteFilter}, {@link org.newsgraph.store.query.ArticleFilter}), one
 * query class per resource, all reading through {@link org.newsgraph.store.query.ReadDb}.
 */
package org.newsgraph.store.query;
