package org.newsgraph.store.query;

/**
 * A quotation as the API lists it, with its article and its speaker's actor code and title.
 *
 * @param speakerEntity the speaker's entity id in the article, or null
 * @param speakerCode the speaker's actor code, or null
 * @param speakerTitle the speaker's office or role as the article gives it, or null
 */
public record QuoteItem(
    String article,
    String articleTitle,
    String published,
    String id,
    String kind,
    String text,
    String speaker,
    String speakerEntity,
    String speakerCode,
    String speakerTitle,
    String via,
    String cue,
    int start,
    int end) {}
