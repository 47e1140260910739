package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.model.Article;

/** An article with the NLP layer's view of it: sentences, parses, names and time expressions. */
public record ParsedArticle(
    Article article, List<Sentence> sentences, List<NameSpan> names, List<TimeExpression> times) {
  public ParsedArticle {
    sentences = List.copyOf(sentences);
    names = List.copyOf(names);
    times = List.copyOf(times);
  }

  /** The text every offset points into. */
  public String text() {
    return article.text();
  }

  /** The sentence that contains the offset, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
