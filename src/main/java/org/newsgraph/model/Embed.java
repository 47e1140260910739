package org.newsgraph.model;

/**
 * What an embedded social-media post said of itself.
 *
 * @param platform x, instagram, facebook, youtube, tiktok, ...
 * @param author the display name shown with the post
 * @param handle the account handle with its @, or null
 * @param date the post's date, ISO 8601, or null
 * @param url the post or media link, or null
 */
public record Embed(String platform, String author, String handle, String date, String url) {}
