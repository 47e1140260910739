package org.newsgraph.eval;

import java.util.List;

/** Where predicted quotes come from: the pipeline, written records, or a baseline. */
public interface QuoteSource {
  /** The name the report gives the system. */
  String name();

  /**
   * The quotes predicted for one gold article. Called from several threads at once.
   *
   * @throws Exception when the article cannot be analyzed; the evaluation names it and goes on
   */
  List<PredictedQuote> predict(GoldArticle article) throws Exception;
}
