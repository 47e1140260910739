package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Stage;

/**
 * The one place CoreNLP is called: annotates an article and returns the project's own view of it.
 * Three steps, each given only the sentences that need it: tagging and NER for all, SUTime for
 * sentences that may hold a date, the dependency parser for sentences an extractor reads the parse
 * of. Models load in the constructor; {@link #apply} is safe from many threads.
 */
public final class CoreNlpAnnotator implements Stage<Article, ParsedArticle> {
  private static final Set<String> NAME_TYPES =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private final StanfordCoreNLP tagger;
  private final TimeAnnotator sutime;
  private final DependencyParser parser;
  private final ParseFilter parseFilter;
  private final int maxParseTokens;
  private final TemporalCues temporalCues = TemporalCues.builtIn();
  private final long loadMillis;
  private final java.util.concurrent.atomic.LongAdder tagNanos =
      new java.util.concurrent.atomic.LongAdder();
  private final java.util.concurrent.atomic.LongAdder parseNanos =
      new java.util.concurrent.atomic.LongAdder();
  private final java.util.concurrent.atomic.LongAdder timeNanos =
      new java.util.concurrent.atomic.LongAdder();
  private final java.util.concurrent.atomic.LongAdder tokenCount =
      new java.util.concurrent.atomic.LongAdder();
  private final java.util.concurrent.atomic.LongAdder parsedTokenCount =
      new java.util.concurrent.atomic.LongAdder();

  /** Loads the models the settings name; takes seconds and about a gigabyte of heap. */
  public CoreNlpAnnotator(NlpSettings settings, ParseFilter parseFilter) {
    long t0 = System.nanoTime();
    this.tagger = new StanfordCoreNLP(settings.toProperties());
    this.sutime = new TimeAnnotator("sutime", settings.sutimeProperties());
    // The parser itself, not its annotator: the annotator also builds the enhanced graphs,
    // which nothing here reads (20% of the parse time, measured on PolNeAR).
    this.parser =
        settings.dependencyParse()
            ? DependencyParser.loadFromModelFile(
                DependencyParser.DEFAULT_MODEL, settings.parserProperties())
            : null;
    this.parseFilter = parseFilter;
    this.maxParseTokens = settings.maxSentenceTokens();
    this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /** How long loading the models took. */
  public long loadMillis() {
    return loadMillis;
  }

  /** Milliseconds spent tagging (tokenize..ner), in SUTime and parsing, and the share parsed. */
  public String breakdown() {
    return String.format(
        Locale.ROOT,
        "tagging+ner %d ms, sutime %d ms, parse %d ms; %d of %d tokens parsed (%.0f%%)",
        tagNanos.sum() / 1_000_000,
        timeNanos.sum() / 1_000_000,
        parseNanos.sum() / 1_000_000,
        parsedTokenCount.sum(),
        tokenCount.sum(),
        100.0 * parsedTokenCount.sum() / Math.max(1, tokenCount.sum()));
  }

  @Override
  public ParsedArticle apply(Article article) {
    long t0 = System.nanoTime();
    Annotation doc = new Annotation(article.text());
    tagger.annotate(doc);
    long t1 = System.nanoTime();
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);

    List<List<Token>> tokens = new ArrayList<>(coreSentences.size());
    List<List<Dependency>> parses = new ArrayList<>(coreSentences.size());
    for (CoreMap cs : coreSentences) {
      List<Token> ts = tokens(cs.get(CoreAnnotations.TokensAnnotation.class));
      tokens.add(ts);
      tokenCount.add(ts.size());
      if (parser != null && ts.size() <= maxParseTokens && parseFilter.needsParse(ts)) {
        parses.add(dependencies(parser.predict(cs)));
        parsedTokenCount.add(ts.size());
      } else {
        parses.add(List.of()); // not parsed: no extractor needed it
      }
    }
    long t2 = System.nanoTime();

    List<Sentence> sentences = new ArrayList<>();
    List<NameSpan> names = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    SUTime.TimeIndex timeIndex = new SUTime.TimeIndex();
    for (int si = 0; si < coreSentences.size(); si++) {
      CoreMap cs = coreSentences.get(si);
      List<Token> ts = tokens.get(si);
      sentences.add(new Sentence(si, start(ts), end(ts), ts, parses.get(si)));
      names(article.text(), cs, si, names);
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      for (int[] w : temporalCues.windows(ts)) {
        // SUTime reads only the words around a cue: its rules are local, and it costs by token.
        // It resolves "Thursday" and "today" against the publication date, when known.
        CoreMap window = new ArrayCoreMap();
        window.set(CoreAnnotations.TokensAnnotation.class, labels.subList(w[0], w[1]));
        for (CoreMap m : sutime.annotateSingleSentence(window, article.published(), timeIndex)) {
          TimeExpression t = time(article.text(), m, si);
          if (t != null) {
            times.add(t);
          }
        }
      }
    }
    long t3 = System.nanoTime();
    tagNanos.add(t1 - t0);
    parseNanos.add(t2 - t1);
    timeNanos.add(t3 - t2);
    return new ParsedArticle(article, sentences, names, times);
  }

  private static void names(String text, CoreMap cs, int si, List<NameSpan> out) {
    List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return;
    }
    int firstTokenInDoc = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
    for (CoreMap m : mentions) {
      String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      if (!NAME_TYPES.contains(type)) {
        continue;
      }
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstTokenInDoc;
      int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - firstTokenInDoc - 1;
      out.add(new NameSpan(text.substring(start, end), type, start, end, si, first, last));
    }
  }

  /** The timex of a SUTime match, or null when its words are out of order. */
  private static TimeExpression time(String text, CoreMap m, int si) {
    int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (start > end) {
      // SUTime can compose a timex from words out of order ("on Monday after a two-week strike"
      // gave "two-week INTERSECT Monday", ending before it begins): no span of the text says it.
      return null;
    }
    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
    String value = timex == null ? null : timex.value() != null ? timex.value() : timex.altVal();
    String type = timex == null ? "DATE" : timex.timexType();
    return new TimeExpression(text.substring(start, end), type, value, start, end, si);
  }

  private static List<Token> tokens(List<CoreLabel> labels) {
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      tokens.add(
          new Token(
              i,
              l.originalText(),
              l.beginPosition(),
              l.endPosition(),
              l.tag(),
              l.lemma(),
              l.ner() == null ? "O" : l.ner()));
    }
    return tokens;
  }

  private static List<Dependency> dependencies(GrammaticalStructure gs) {
    // The basic dependencies are a tree (one head per token), which keeps the extractors'
    // rules simple; a preposition is found as the "case" child of its noun.
    List<Dependency> deps = new ArrayList<>();
    for (TypedDependency d : gs.typedDependencies()) {
      deps.add(new Dependency(d.reln().toString(), d.gov().index() - 1, d.dep().index() - 1));
    }
    return deps;
  }

  private static int start(List<Token> ts) {
    return ts.isEmpty() ? 0 : ts.get(0).start();
  }

  private static int end(List<Token> ts) {
    return ts.isEmpty() ? 0 : ts.get(ts.size() - 1).end();
  }
}
