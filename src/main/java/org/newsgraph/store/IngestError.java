package org.newsgraph.store;

/**
 * An input that could not be ingested.
 *
 * @param input the file, line or URL, as given
 * @param reason why, in one line
 * @param at when it last failed, ISO 8601 UTC
 * @param times how many ingests it failed in
 */
public record IngestError(String input, String reason, String at, int times) {}
