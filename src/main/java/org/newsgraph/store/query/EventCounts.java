package org.newsgraph.store.query;

/**
 * Where an event's numMentions, numArticles and numSources come from: the one place to change when
 * the store keeps events once with their mentions counted ({@code event_summary}). Until then each
 * row counts alone: its own mentions in the article, one article, one source.
 */
final class EventCounts {
  private EventCounts() {}

  /**
   * Select-list columns {@code num_mentions, num_articles, num_sources} for event row {@code e}.
   */
  static String columns() {
    return "coalesce(e.mention_count, 1) AS num_mentions, 1 AS num_articles, 1 AS num_sources";
  }
}
