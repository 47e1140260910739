package org.newsgraph.model;

import java.util.List;

/**
 * A cleaned news article: the body every offset points into, and its metadata.
 *
 * @param id sha256 of the cleaned text, hex
 * @param publishedSource where {@code published} came from: "given" (the caller), "metadata" (the
 *     source document), "dateline", "embed", or null when no date is known
 * @param authors the byline's names from the source's metadata (JSON-LD, meta tags, feed, JSON
 *     Lines); empty when it names none
 */
public record Article(
    String id,
    String url,
    String title,
    String publisher,
    String published,
    String publishedSource,
    String language,
    String text,
    List<Removed> removed,
    List<Embed> embeds,
    List<String> authors) {
  public Article {
    removed = List.copyOf(removed);
    embeds = List.copyOf(embeds);
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /**
   * The publication day, or null when the article has no date or only a partial one. Relative dates
   * and dated actor codes are resolved against it.
   */
  public java.time.LocalDate publishedDay() {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(published.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** The same article dated; the source says where the date came from. */
  public Article withPublished(String date, String source) {
    return new Article(
        id, url, title, publisher, date, source, language, text, removed, embeds, authors);
  }
}
