package org.newsgraph.store.query;

import org.jsoup.nodes.Entities;

/** How snippets mark matched words: HTML for the API, brackets for a terminal. */
public enum SnippetFormat {
  /** Escaped HTML, matches in {@code <mark>}: the API's. */
  HTML,
  /** Plain text, matches [like this]: the command line's. */
  BRACKETS;

  static final String OPEN = "\uE000";
  static final String CLOSE = "\uE001";

  /** A snippet whose matches FTS5 marked with {@link #OPEN} and {@link #CLOSE}. */
  String marked(String snippet) {
    if (snippet == null) {
      return "";
    }
    String flat = snippet.replace('\n', ' ');
    return this == HTML
        ? Entities.escape(flat).replace(OPEN, "<mark>").replace(CLOSE, "</mark>")
        : flat.replace(OPEN, "[").replace(CLOSE, "]");
  }

  /** An article's opening words, with an ellipsis when cut. */
  String opening(String text) {
    if (text == null) {
      return "";
    }
    String cut = text.length() >= ArticleQueries.OPENING_CHARS ? text.strip() + "…" : text.strip();
    String flat = cut.replace('\n', ' ').replace(OPEN, "").replace(CLOSE, "");
    return this == HTML ? Entities.escape(flat) : flat;
  }
}
