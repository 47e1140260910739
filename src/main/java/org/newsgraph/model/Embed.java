package org.newsgraph.model;

/**
 * What an embedded social-media post said of itself.
 *
 * @param platform x, instagram, facebook, youtube, tiktok, ...
 * @param author the display name shown with the post
 * @param handle the account handle with its @, or null
 * @param date the post's date, ISO 8601, or null
 * @param url the post or media link, or null
 * @param offset where in {@code article.text} the post's signature stood (the post's own words are
 *     the lines around it), or null when unknown
 */
public record Embed(
    String platform, String author, String handle, String date, String url, Integer offset) {
  /** An embed whose place in the text is not known. */
  public Embed(String platform, String author, String handle, String date, String url) {
    this(platform, author, handle, date, url, null);
  }

  /** The same embed at another offset. */
  public Embed at(Integer offset) {
    return new Embed(platform, author, handle, date, url, offset);
  }
}
