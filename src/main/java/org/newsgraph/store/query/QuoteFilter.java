package org.newsgraph.store.query;

/**
 * Which quotations to read; every field may be null (no condition).
 *
 * @param speaker words of the speaker's name, or the speaker's actor code or country
 * @param by the speaker's actor code, country or exact name
 * @param q words that all occur in the quoted text
 * @param dates the article's publication date
 * @param about an actor code, country or exact name of an entity the quotation names (not the
 *     speaker)
 * @param article one article's quotations
 */
public record QuoteFilter(
    String speaker, String by, String q, DateRange dates, String about, String article) {
  /** Every quotation. */
  public static final QuoteFilter ALL =
      new QuoteFilter(null, null, null, DateRange.ALL, null, null);

  public QuoteFilter {
    dates = dates == null ? DateRange.ALL : dates;
  }

  /** The same filter for quotations spoken by this actor. */
  public QuoteFilter withBy(String value) {
    return new QuoteFilter(speaker, value, q, dates, about, article);
  }

  /** The same filter for quotations naming this actor. */
  public QuoteFilter withAbout(String value) {
    return new QuoteFilter(speaker, by, q, dates, value, article);
  }

  /**
   * Quotations whose speaker is the value, by name or through the speaker's entity: candidates for
   * the exact condition (which stays), found through the indexes on quotes and entities.
   */
  private static final String BY_CANDIDATES =
      "q.rowid IN (SELECT rowid FROM quotes WHERE speaker = ?"
          + " UNION ALL SELECT c.rowid FROM entities x"
          + " JOIN quotes c ON c.article = x.article AND c.speaker_entity = x.id"
          + " WHERE x.actor_code = ? OR x.country = ?)";

  /**
   * Quotations whose text holds the name of another entity of their article that is the value (as
   * code, country or name): sought from those entities, not among all quotations (1.2 s -> 40 ms).
   */
  private static final String ABOUT =
      "q.rowid IN (SELECT c.rowid FROM entities x JOIN quotes c ON c.article = x.article"
          + " WHERE (x.actor_code = ? OR x.country = ? OR x.name = ?)"
          + " AND instr(c.text, x.name) > 0 AND x.id IS NOT c.speaker_entity)";

  /** Whether a condition is on the speaker's entity {@code n}. */
  boolean onSpeakerEntity() {
    return given(speaker) || given(by);
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }

  /** Conditions on quotes {@code q}, their article {@code a} and speaker entity {@code n}. */
  Where where() {
    Where w = new Where();
    w.andIf(
        speaker,
        "instr(lower(q.speaker), lower(?)) > 0 OR n.actor_code = upper(?) OR n.country = upper(?)");
    w.andIf(by, "n.actor_code = ? OR n.country = ? OR q.speaker = ?");
    w.andIf(by, BY_CANDIDATES);
    w.andIf(about, ABOUT);
    w.andIf(article, "q.article = ?");
    Words.addTo(w, "q.text", q);
    dates.addTo(w, "a.published");
    return w;
  }
}
