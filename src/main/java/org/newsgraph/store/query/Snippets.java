package org.newsgraph.store.query;

import org.jsoup.nodes.Entities;

/**
 * Snippets as safe HTML: FTS5 marks matches with private-use characters no article holds, the text
 * is escaped, then the marks become {@code <mark>} elements.
 */
final class Snippets {
  static final String OPEN = "\uE000";
  static final String CLOSE = "\uE001";

  private Snippets() {}

  /** A marked FTS5 snippet as HTML. */
  static String html(String marked) {
    if (marked == null) {
      return "";
    }
    String clean = marked.replace('\n', ' ');
    return Entities.escape(clean).replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
  }

  /** An article's opening words as HTML, with an ellipsis when cut. */
  static String opening(String text) {
    if (text == null) {
      return "";
    }
    String cut = text.length() >= ArticleQueries.OPENING_CHARS ? text.strip() + "…" : text.strip();
    return Entities.escape(cut.replace('\n', ' ').replace(OPEN, "").replace(CLOSE, ""));
  }
}
