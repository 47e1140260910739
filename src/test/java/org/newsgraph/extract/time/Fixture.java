package org.newsgraph.extract.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TimeExpression;
import org.newsgraph.nlp.Token;

/**
 * Builds a ParsedArticle by hand: sentences end at . ! ?, tokens are split at spaces with pos "NN"
 * (or "VBD" for the words named past), and time expressions are placed at their first occurrence
 * after the previous one, with the SUTime value the test gives.
 */
final class Fixture {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+|$)");
  private static final Pattern TOKEN = Pattern.compile("\\S+");

  private final String text;
  private String published = "2025-12-11";
  private final Set<String> past = new HashSet<>();
  private final List<String[]> times = new ArrayList<>();

  private Fixture(String text) {
    this.text = text;
  }

  static Fixture article(String text) {
    return new Fixture(text);
  }

  Fixture published(String date) {
    this.published = date;
    return this;
  }

  Fixture past(String... words) {
    past.addAll(List.of(words));
    return this;
  }

  /** A SUTime expression: its text as it stands, its TIMEX3 type and value. */
  Fixture time(String phrase, String type, String value) {
    times.add(new String[] {phrase, type, value});
    return this;
  }

  ParsedArticle parse() {
    List<Sentence> sentences = new ArrayList<>();
    Matcher s = SENTENCE.matcher(text);
    while (s.find()) {
      List<Token> tokens = new ArrayList<>();
      Matcher t = TOKEN.matcher(text).region(s.start(), s.end());
      while (t.find()) {
        String w = t.group();
        tokens.add(
            new Token(
                tokens.size(), w, t.start(), t.end(), past.contains(w) ? "VBD" : "NN", w, "O"));
      }
      sentences.add(new Sentence(sentences.size(), s.start(), s.end(), tokens, List.of()));
    }
    ParsedArticle draft = new ParsedArticle(article(), sentences, List.of(), List.of());
    List<TimeExpression> expressions = new ArrayList<>();
    int from = 0;
    for (String[] t : times) {
      int start = text.indexOf(t[0], from);
      if (start < 0) {
        throw new IllegalArgumentException("not in text: " + t[0]);
      }
      from = start + t[0].length();
      expressions.add(
          new TimeExpression(t[0], t[1], t[2], start, from, draft.sentenceAt(start).index()));
    }
    return new ParsedArticle(article(), sentences, List.of(), expressions);
  }

  private Article article() {
    return new Article(
        "id",
        null,
        null,
        null,
        published,
        published == null ? null : "given",
        "en",
        text,
        List.of(),
        List.of(),
        List.of());
  }
}
