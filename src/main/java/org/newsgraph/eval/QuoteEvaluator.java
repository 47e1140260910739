package org.newsgraph.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.newsgraph.pipeline.BatchRunner;

/** Runs a quote source over gold articles on a few threads and scores what it predicts. */
public final class QuoteEvaluator {
  private final QuoteSource source;
  private final int threads;

  /**
   * @param threads articles predicted at once, at least 1
   */
  public QuoteEvaluator(QuoteSource source, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.source = source;
    this.threads = threads;
  }

  /** The result, and the articles that failed (left out of the figures). */
  public record Outcome(Evaluation evaluation, List<String> failures) {}

  /** Predicts and scores every article; a failed article is named on {@code err}, not scored. */
  public Outcome run(List<GoldArticle> gold, PrintStream err) throws InterruptedException {
    ExecutorService pool = BatchRunner.pool("newsgraph-eval", threads);
    try {
      List<Future<List<PredictedQuote>>> futures = new ArrayList<>();
      for (GoldArticle a : gold) {
        futures.add(pool.submit(() -> source.predict(a)));
      }
      List<QuoteScorer.ArticleResult> results = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      int titles = 0;
      for (int i = 0; i < gold.size(); i++) {
        GoldArticle a = gold.get(i);
        try {
          results.add(QuoteScorer.score(a, futures.get(i).get()));
          titles += a.titleAttributions();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          failures.add(a.name());
          err.println("newsgraph: " + a.name() + ": " + cause);
        }
      }
      return new Outcome(new Evaluation(source.name(), results, titles), failures);
    } finally {
      pool.shutdownNow();
    }
  }
}
