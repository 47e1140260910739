package org.newsgraph.model;

/**
 * A piece of boilerplate that cleaning took out of the body.
 *
 * @param kind what it was: copyright, share, subscribe, newsletter, advertisement, related, embed
 * @param text the removed text, as it stood in the raw document
 */
public record Removed(String kind, String text) {}
