package org.newsgraph.store;

import java.util.List;
import java.util.Optional;
import org.newsgraph.model.AnalysisRecord;

/**
 * Where analyzed articles are kept: one record per article, keyed by its id (the SHA-256 of the
 * cleaned text), with full-text search and the list of inputs that could not be ingested.
 * Implementations are safe to call from several threads; {@link SqliteArticleStore} is the embedded
 * one, and a server database can implement the same interface.
 */
public interface ArticleStore extends AutoCloseable {
  /**
   * Stores the record, whole and atomically: after a crash either all of it is stored or none. The
   * errors recorded for {@code input} before are dropped: it has been read now.
   *
   * @return true when it was stored, false when an article with its id was already there (the store
   *     is left unchanged)
   */
  boolean put(AnalysisRecord record, String input);

  /** Whether an article with this id is stored. */
  boolean contains(String id);

  /** Whether an article with this URL is stored (a feed item's page need not be fetched again). */
  boolean containsUrl(String url);

  /**
   * The story (near-duplicate group) of a stored article: the id of the group's first stored
   * article, its own id when it has no stored near-duplicate; empty when it is not stored.
   */
  Optional<String> story(String id);

  /** The stored record with this id. */
  Optional<AnalysisRecord> get(String id);

  /** How many articles are stored. */
  long count();

  /** Full-text search over titles and texts, best matches first. */
  SearchResult search(SearchQuery query);

  /** Records that an input could not be ingested; the same input and reason are kept once. */
  void recordError(String input, String reason);

  /** The recorded ingest errors, most recent first. */
  List<IngestError> errors();

  @Override
  void close();
}
