package org.newsgraph.store.query;

/**
 * An event as the API lists it: the stored row, its article, and how often it was reported.
 *
 * @param numMentions how many times it is mentioned (GDELT's NumMentions)
 * @param numArticles in how many articles (GDELT's NumArticles)
 * @param numSources by how many publishers (GDELT's NumSources)
 * @param ingested when the article was stored, ISO 8601 UTC
 */
public record EventItem(
    String article,
    String articleTitle,
    String articleUrl,
    String publisher,
    String published,
    String ingested,
    String id,
    String type,
    String mode,
    String cameo,
    String quadClass,
    Double goldstein,
    Side source,
    Side target,
    String date,
    PlaceRef place,
    boolean negated,
    boolean hypothetical,
    Evidence evidence,
    int numMentions,
    int numArticles,
    int numSources) {

  /** The source or target of an event; every field may be null. */
  public record Side(String name, String code, String country, String sector) {}

  /** Where the action took place. */
  public record PlaceRef(String name, String country, Double lat, Double lon) {}

  /** The words the event was read from, with their code-point offsets in the article. */
  public record Evidence(Integer start, Integer end, String text) {}
}
