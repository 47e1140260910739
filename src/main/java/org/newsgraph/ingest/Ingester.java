package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.pipeline.AnalysisPipeline;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.HtmlReader;
import org.newsgraph.read.JsonLinesReader;
import org.newsgraph.read.RawDocument;
import org.newsgraph.read.ReadException;
import org.newsgraph.read.TextFileReader;
import org.newsgraph.store.ArticleStore;

/**
 * Reads sources, analyzes what the store does not hold yet, and stores it.
 *
 * <p>Each document is cleaned first to learn its id (the SHA-256 of the cleaned text); one the
 * store already holds, or one seen earlier in the same batch, is not analyzed again. Analysis runs
 * on a pool of threads sharing one pipeline; records are stored from the calling thread alone, one
 * transaction each, in input order. An input that fails to read or analyze is recorded in the store
 * with its reason and the batch goes on. A batch killed midway resumes on the next run: what was
 * stored is skipped, the rest is analyzed.
 */
public final class Ingester {
  /** Documents in flight per analysis thread; bounds the memory a long batch holds: 4. */
  public static final int IN_FLIGHT_PER_THREAD = 4;

  private final AnalysisPipeline pipeline;
  private final ArticleStore store;
  private final int threads;
  private final ArticleCleaner cleaner = new ArticleCleaner();
  private final TextFileReader text = new TextFileReader();
  private final HtmlReader html = new HtmlReader();
  private final JsonLinesReader jsonLines = new JsonLinesReader();

  public Ingester(AnalysisPipeline pipeline, ArticleStore store, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.store = Objects.requireNonNull(store, "store");
    this.threads = threads;
  }

  /** What happened to one input, for progress and messages. */
  public record Step(String input, String error, boolean stored) {}

  /** Ingests the sources (files and directories), telling {@code progress} of each document. */
  public IngestReport ingest(List<Path> sources, Consumer<Step> progress) {
    long t0 = System.nanoTime();
    Batch batch = new Batch(progress);
    List<Path> files = Sources.expand(sources, batch::fail);
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "newsgraph-ingest-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      for (Path file : files) {
        read(file, batch, doc -> batch.submit(pool, doc));
      }
      batch.drain(0);
    } finally {
      pool.shutdownNow();
    }
    return new IngestReport(batch.stored, batch.already, batch.failed, System.nanoTime() - t0);
  }

  private void read(Path file, Batch batch, Consumer<RawDocument> sink) {
    try {
      switch (Sources.extension(file)) {
        case ".html", ".htm" -> html.read(file, sink);
        case ".jsonl" -> jsonLines.read(file, sink, e -> batch.fail(e.input(), reason(e)));
        default -> text.read(file, sink);
      }
    } catch (ReadException e) {
      batch.fail(e.input(), reason(e));
    }
  }

  private static String reason(ReadException e) {
    String m = e.getMessage();
    String prefix = e.input() + ": ";
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }

  /** The state of one ingest: what is in flight, the counts, the ids seen. */
  private final class Batch {
    final Consumer<Step> progress;
    final Deque<Future<Result>> inFlight = new ArrayDeque<>();
    final Set<String> seen = new HashSet<>();
    int stored;
    int already;
    int failed;

    Batch(Consumer<Step> progress) {
      this.progress = progress;
    }

    void fail(String input, String why) {
      failed++;
      store.recordError(input, why);
      progress.accept(new Step(input, why, false));
    }

    void submit(ExecutorService pool, RawDocument doc) {
      String id = cleaner.apply(doc).id();
      if (!seen.add(id) || store.contains(id)) {
        already++;
        progress.accept(new Step(doc.source(), null, false));
        return;
      }
      drain(threads * IN_FLIGHT_PER_THREAD - 1);
      inFlight.add(pool.submit(() -> analyze(doc)));
    }

    /** Stores finished results, in order, until at most {@code keep} are in flight. */
    void drain(int keep) {
      while (inFlight.size() > keep) {
        Result r = take(inFlight.removeFirst());
        if (r.error != null) {
          fail(r.source, r.error);
        } else if (store.put(r.record, r.source)) {
          stored++;
          progress.accept(new Step(r.source, null, true));
        } else {
          already++;
          progress.accept(new Step(r.source, null, false));
        }
      }
    }
  }

  private record Result(String source, AnalysisRecord record, String error) {}

  private Result analyze(RawDocument doc) {
    try {
      return new Result(doc.source(), pipeline.analyze(doc, DocumentMetadata.NONE), null);
    } catch (RuntimeException | StackOverflowError e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Result(doc.source(), null, "analysis failed: " + why);
    } catch (OutOfMemoryError e) {
      return new Result(doc.source(), null, "out of memory analyzing it");
    }
  }

  private static Result take(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
