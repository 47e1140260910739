package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Stage;

/**
 * The one place CoreNLP is called: annotates an article and returns the project's own view of it.
 * Models load in the constructor; {@link #apply} is safe to call from many threads.
 */
public final class CoreNlpAnnotator implements Stage<Article, ParsedArticle> {
  private static final Set<String> NAME_TYPES =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private final StanfordCoreNLP pipeline;
  private final long loadMillis;

  /** Loads the models the settings name; takes seconds and about a gigabyte of heap. */
  public CoreNlpAnnotator(NlpSettings settings) {
    long t0 = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(settings.toProperties());
    this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /** How long loading the models took. */
  public long loadMillis() {
    return loadMillis;
  }

  @Override
  public ParsedArticle apply(Article article) {
    Annotation doc = new Annotation(article.text());
    if (article.published() != null) {
      // SUTime resolves "Thursday" and "today" against this date.
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.published());
    }
    pipeline.annotate(doc);

    List<Sentence> sentences = new ArrayList<>();
    List<NameSpan> names = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (int si = 0; si < coreSentences.size(); si++) {
      CoreMap cs = coreSentences.get(si);
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      int firstTokenInDoc = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
      sentences.add(toSentence(si, cs, labels));
      List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) {
        continue;
      }
      for (CoreMap m : mentions) {
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String text = article.text().substring(start, end);
        if (NAME_TYPES.contains(type)) {
          int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstTokenInDoc;
          int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - firstTokenInDoc - 1;
          names.add(new NameSpan(text, type, start, end, si, first, last));
        } else if (TIME_TYPES.contains(type)) {
          Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
          String value = timex == null ? null : timex.value();
          if (value == null && timex != null) {
            value = timex.altVal();
          }
          times.add(new TimeExpression(text, type, value, start, end, si));
        }
      }
    }
    return new ParsedArticle(article, sentences, names, times);
  }

  private static Sentence toSentence(int index, CoreMap cs, List<CoreLabel> labels) {
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
    List<Dependency> deps = new ArrayList<>();
    // The basic graph is a tree (one head per token), which keeps the extractors' rules simple;
    // a preposition is found as the "case" child of its noun.
    SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency("root", -1, root.index() - 1));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(
            new Dependency(
                e.getRelation().toString(),
                e.getGovernor().index() - 1,
                e.getDependent().index() - 1));
      }
    }
    int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, start, end, tokens, deps);
  }
}
