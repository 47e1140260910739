package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Stage;

/** Storing NLP results by text, and serving them as the uncached stage would have made them. */
class ParseCacheTest {
  private static final String TEXT = "Okafor spoke on Monday. Talks stalled.";

  @TempDir Path dir;

  private static Article article(String text, String published) {
    return new Article(
        "a1", null, "Talks", null, published, null, "en", text, List.of(), List.of(), List.of());
  }

  /** A stand-in for CoreNLP: two sentences, both parsed, a name and a date; counts its calls. */
  private static final class FakeAnnotator implements Stage<Article, ParsedArticle> {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public ParsedArticle apply(Article a) {
      calls.incrementAndGet();
      List<Token> first =
          List.of(
              new Token(0, "Okafor", 0, 6, "NNP", "Okafor", "PERSON"),
              new Token(1, "spoke", 7, 12, "VBD", "speak", "O"),
              new Token(2, "on", 13, 15, "IN", "on", "O"),
              new Token(3, "Monday", 16, 22, "NNP", "Monday", "DATE"));
      List<Token> second =
          List.of(
              new Token(0, "Talks", 24, 29, "NNS", "talk", "O"),
              new Token(1, "stalled", 30, 37, "VBD", "stall", "O"));
      return new ParsedArticle(
          a,
          List.of(
              new Sentence(
                  0,
                  0,
                  22,
                  first,
                  List.of(new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1))),
              new Sentence(
                  1,
                  24,
                  37,
                  second,
                  List.of(new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1)))),
          List.of(new NameSpan("Okafor", "PERSON", 0, 6, 0, 0, 0)),
          List.of(new TimeExpression("Monday", "DATE", "2031-03-31", 16, 22, 0)));
    }
  }

  @Test
  void aSecondRunOfTheSameTextIsServedFromTheCacheUnchanged() {
    FakeAnnotator nlp = new FakeAnnotator();
    ParseCache cache = ParseCache.in(dir, NlpSettings.defaults());
    CachedAnnotator stage = new CachedAnnotator(nlp, cache, ParseFilter.ALL);
    ParsedArticle first = stage.apply(article(TEXT, "2031-04-01"));
    ParsedArticle second = stage.apply(article(TEXT, "2031-04-01"));
    assertThat(nlp.calls).hasValue(1);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void anotherPublicationDateIsAnotherEntryBecauseSuTimeResolvesAgainstIt() {
    FakeAnnotator nlp = new FakeAnnotator();
    CachedAnnotator stage =
        new CachedAnnotator(nlp, ParseCache.in(dir, NlpSettings.defaults()), ParseFilter.ALL);
    stage.apply(article(TEXT, "2031-04-01"));
    stage.apply(article(TEXT, "2031-04-08"));
    stage.apply(article(TEXT + " More.", "2031-04-01"));
    assertThat(nlp.calls).hasValue(3);
  }

  @Test
  void otherNlpSettingsMissEveryOldEntry() {
    FakeAnnotator nlp = new FakeAnnotator();
    new CachedAnnotator(nlp, ParseCache.in(dir, NlpSettings.defaults()), ParseFilter.ALL)
        .apply(article(TEXT, null));
    NlpSettings shorter = new NlpSettings(NlpSettings.NER_3CLASS, true, 40);
    new CachedAnnotator(nlp, ParseCache.in(dir, shorter), ParseFilter.ALL)
        .apply(article(TEXT, null));
    assertThat(nlp.calls).hasValue(2);
  }

  @Test
  void onlyTheParsesTheExtractorsAskForAreKeptAsWithoutTheCache() {
    // The cache holds every sentence's parse; a filter that wants only the sentence with a verb
    // of saying gets the other unparsed, as the annotator alone would have left it.
    ParseFilter speech = tokens -> tokens.stream().anyMatch(t -> t.lemma().equals("speak"));
    CachedAnnotator stage =
        new CachedAnnotator(
            new FakeAnnotator(), ParseCache.in(dir, NlpSettings.defaults()), speech);
    ParsedArticle parsed = stage.apply(article(TEXT, null));
    assertThat(parsed.sentences().get(0).dependencies()).hasSize(2);
    assertThat(parsed.sentences().get(1).dependencies()).isEmpty();
    assertThat(parsed.sentences().get(1).tokens()).hasSize(2);
  }

  @Test
  void aDamagedEntryIsParsedAgainAndRewritten() throws IOException {
    FakeAnnotator nlp = new FakeAnnotator();
    ParseCache cache = ParseCache.in(dir, NlpSettings.defaults());
    CachedAnnotator stage = new CachedAnnotator(nlp, cache, ParseFilter.ALL);
    ParsedArticle first = stage.apply(article(TEXT, null));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.writeString(f, "truncated", StandardCharsets.UTF_8);
      }
    }
    assertThat(stage.apply(article(TEXT, null))).isEqualTo(first);
    assertThat(stage.apply(article(TEXT, null))).isEqualTo(first);
    assertThat(nlp.calls).hasValue(2);
  }
}
