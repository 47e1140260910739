package org.newsgraph.read;

/**
 * What a source says about a document besides its text; any field may be null.
 *
 * @param published ISO 8601 date (or date-time) the source gives for publication
 */
public record DocumentMetadata(String url, String title, String publisher, String published) {
  /** Metadata with nothing known. */
  public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null);

  /** Fills the fields this one lacks from {@code fallback}. */
  public DocumentMetadata orElse(DocumentMetadata fallback) {
    return new DocumentMetadata(
        url != null ? url : fallback.url,
        title != null ? title : fallback.title,
        publisher != null ? publisher : fallback.publisher,
        published != null ? published : fallback.published);
  }
}
