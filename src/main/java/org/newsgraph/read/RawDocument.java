package org.newsgraph.read;

/**
 * A document as read, before cleaning.
 *
 * @param source the name of the input it came from (a path, a URL, a record id), for messages
 * @param text the decoded body text, paragraphs separated by newlines
 */
public record RawDocument(String source, String text, DocumentMetadata metadata) {}
