package org.newsgraph.extract.entity;

/**
 * A mention found in one sentence before mentions are merged into entities.
 *
 * @param type PERSON, ORGANIZATION or LOCATION
 * @param first the first token's index in the sentence
 * @param last the last token's index, inclusive
 * @param key what decides which entity it joins: a lexicon canonical name, an actor code for
 *     groups, or null for names merged by their words
 * @param title the person's title as the text gives it, or null
 * @param titleCountry the country the title names ("Venezuelan President"), or null
 * @param titleSector the sector of the title, or null
 */
record Candidate(
    String text,
    String type,
    int start,
    int end,
    int sentence,
    int first,
    int last,
    String key,
    String title,
    String titleCountry,
    String titleSector) {
  Candidate withTitle(String title, String country, String sector) {
    return new Candidate(
        text, type, start, end, sentence, first, last, key, title, country, sector);
  }

  boolean overlaps(Candidate o) {
    return sentence == o.sentence && first <= o.last && o.first <= last;
  }
}
