package org.newsgraph.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.ingest.IngestLimits;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.pipeline.AnalysisPipeline;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.JsonLinesReader;
import org.newsgraph.read.RawDocument;
import org.newsgraph.read.ReadException;
import org.newsgraph.store.ArticleStore;

/**
 * Articles posted to the API: one JSON object, or JSON Lines, each {@code text, title, url,
 * published, publisher}; each is cleaned, skipped when stored already, else analyzed and stored. A
 * bad article is reported and the others go on. The pipeline is loaded on the first post, so the
 * server starts fast.
 */
final class ArticleIntake {
  /** Where posted articles are said to come from in the store and in errors. */
  static final String SOURCE = "POST /api/articles";

  private final ArticleStore store;
  private final IngestLimits limits;
  private final ExecutorService analysis =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "newsgraph-post-analysis");
            t.setDaemon(true);
            return t;
          });
  private final Supplier<AnalysisPipeline> pipeline;
  private final ObjectMapper json;
  private final ArticleCleaner cleaner = new ArticleCleaner();
  private final JsonLinesReader reader = new JsonLinesReader();

  ArticleIntake(
      ArticleStore store,
      Supplier<AnalysisPipeline> pipeline,
      IngestLimits limits,
      ObjectMapper json) {
    this.store = store;
    this.limits = limits;
    this.pipeline = pipeline;
    this.json = json;
  }

  /** What became of each posted article. */
  record Outcome(List<String> stored, List<String> duplicates, List<Problem> errors) {}

  /** An article that could not be stored: which one ({@code line N}) and why. */
  record Problem(String input, String error) {}

  Outcome take(String body) {
    if (body == null || body.isBlank()) {
      throw new BadRequest("the body is empty: post one JSON article or JSON Lines");
    }
    Outcome out = new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (RawDocument doc : documents(body, out.errors())) {
      try {
        var article = cleaner.apply(doc);
        if (article.text().isBlank()) {
          out.errors().add(new Problem(doc.source(), "no text left after cleaning"));
        } else if (store.contains(article.id())) {
          out.duplicates().add(article.id());
        } else {
          AnalysisRecord record = analyze(doc);
          (store.put(record, SOURCE) ? out.stored() : out.duplicates()).add(article.id());
        }
      } catch (RuntimeException | StackOverflowError e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        out.errors().add(new Problem(doc.source(), "analysis failed: " + why));
      }
    }
    return out;
  }

  /**
   * Analyzes within {@link IngestLimits#maxAnalysisTime()} (the models' first load aside); a longer
   * analysis is interrupted (CoreNLP stops at its next check) and is an error.
   */
  private AnalysisRecord analyze(RawDocument doc) {
    AnalysisPipeline p = pipeline.get();
    Future<AnalysisRecord> f = analysis.submit(() -> p.analyze(doc, DocumentMetadata.NONE));
    try {
      return f.get(limits.maxAnalysisTime().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new IllegalStateException(
          "took longer than " + limits.maxAnalysisTime().toMillis() + " ms", e);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause().toString(), e.getCause());
    }
  }

  /** Stops analyses still running. */
  void close() {
    analysis.shutdownNow();
  }

  /** The body as one JSON object (even pretty-printed) or as JSON Lines. */
  private List<RawDocument> documents(String body, List<Problem> errors) {
    List<RawDocument> docs = new ArrayList<>();
    String one = oneObject(body);
    String[] lines = one != null ? new String[] {one} : body.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String source = one != null ? "body" : "line " + (i + 1);
      try {
        docs.add(reader.parse(source, lines[i]));
      } catch (ReadException e) {
        errors.add(new Problem(source, e.getMessage()));
      }
    }
    return docs;
  }

  /** The body on one line when it is a single JSON object, else null. */
  private String oneObject(String body) {
    try {
      // Trailing tokens fail, so JSON Lines are not read as their first line alone.
      JsonNode node =
          json.readerFor(JsonNode.class)
              .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readValue(body);
      return node != null && node.isObject() ? json.writeValueAsString(node) : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
