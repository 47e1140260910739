package org.newsgraph.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Stanford CoreNLP's own quote pipeline as a baseline: its quote annotator finds the quotations,
 * its quote attribution (over statistical coreference) names their speakers. It finds only text
 * inside quotation marks, so every quote it gives counts as direct. It needs 3-4 GB of heap.
 *
 * <p>Like the Newsgraph pipeline, it reads the body without the title line.
 */
public final class CoreNlpQuoteBaseline implements QuoteSource {
  private final StanfordCoreNLP pipeline;

  /** Loads the models (tens of seconds). */
  public CoreNlpQuoteBaseline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    // Paragraphs are separated by blank lines; a paragraph break ends a sentence.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // Named, not left to the default, so the figures say which coreference they rest on.
    props.setProperty("coref.algorithm", "statistical");
    this.pipeline = new StanfordCoreNLP(props);
  }

  @Override
  public String name() {
    return "CoreNLP quote + quote attribution (baseline)";
  }

  @Override
  public List<PredictedQuote> predict(GoldArticle article) {
    String text = article.text();
    Annotation doc = new Annotation(text.substring(BratReader.titleEnd(text)));
    pipeline.annotate(doc);
    List<PredictedQuote> out = new ArrayList<>();
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return out;
    }
    for (CoreMap q : quotes) {
      String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
      Set<String> aliases = new LinkedHashSet<>();
      if (speaker != null) {
        aliases.add(speaker);
      }
      if (canonical != null) {
        aliases.add(canonical);
      }
      out.add(
          new PredictedQuote(
              Kinds.DIRECT,
              q.get(CoreAnnotations.TextAnnotation.class),
              canonical != null ? canonical : speaker,
              aliases,
              null));
    }
    return out;
  }
}
