package org.newsgraph.read;

import java.util.List;

/**
 * What a source says about a document besides its text; any field may be null.
 *
 * @param published ISO 8601 date (or date-time) the source gives for publication
 * @param authors the byline's names, in the source's order; empty when it names none
 */
public record DocumentMetadata(
    String url, String title, String publisher, String published, List<String> authors) {
  /** Metadata with nothing known. */
  public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null);

  public DocumentMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** Metadata without a byline. */
  public DocumentMetadata(String url, String title, String publisher, String published) {
    this(url, title, publisher, published, List.of());
  }

  /** The names of a byline written "A, B and C" or "A, B"; empty for null or blank. */
  public static List<String> byline(String names) {
    if (names == null || names.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(names.split(",|\\s+and\\s+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Fills the fields this one lacks from {@code fallback}. */
  public DocumentMetadata orElse(DocumentMetadata fallback) {
    return new DocumentMetadata(
        url != null ? url : fallback.url,
        title != null ? title : fallback.title,
        publisher != null ? publisher : fallback.publisher,
        published != null ? published : fallback.published,
        !authors.isEmpty() ? authors : fallback.authors);
  }
}
