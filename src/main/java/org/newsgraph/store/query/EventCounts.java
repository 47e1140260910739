package org.newsgraph.store.query;

/**
 * Where the read side takes events from, and their numMentions, numArticles and numSources: the
 * store's {@code event_summary} view, one row per stored-once event (its first mention's columns)
 * with GDELT's three counts over all its mentions. Every query reads events through here, so lists,
 * counts, networks and exports count events, not mentions.
 */
final class EventCounts {
  private EventCounts() {}

  /** The events, one row each, to alias as {@code e}. */
  static final String EVENTS = "event_summary";

  /**
   * Select-list columns {@code num_mentions, num_articles, num_sources} for event row {@code e}.
   */
  static String columns() {
    return "e.num_mentions AS num_mentions, e.num_articles AS num_articles,"
        + " e.num_sources AS num_sources";
  }
}
