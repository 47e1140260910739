package org.newsgraph.ingest;

import java.net.URI;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.pipeline.AnalysisPipeline;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.FeedReader;
import org.newsgraph.read.HtmlReader;
import org.newsgraph.read.JsonLinesReader;
import org.newsgraph.read.RawDocument;
import org.newsgraph.read.ReadException;
import org.newsgraph.read.ReadLimits;
import org.newsgraph.read.TextFileReader;
import org.newsgraph.read.WarcReader;
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
  private final IngestLimits limits;
  private final ArticleCleaner cleaner = new ArticleCleaner();
  private final TextFileReader text = new TextFileReader();
  private final HtmlReader html = new HtmlReader();
  private final JsonLinesReader jsonLines = new JsonLinesReader();
  private final FeedReader feeds = new FeedReader();
  private final WarcReader warcs = new WarcReader();
  private final PageFetcher fetcher = new PageFetcher(ReadLimits.DEFAULTS);

  /** An ingester with {@link IngestLimits#DEFAULTS}. */
  public Ingester(AnalysisPipeline pipeline, ArticleStore store, int threads) {
    this(pipeline, store, threads, IngestLimits.DEFAULTS);
  }

  public Ingester(AnalysisPipeline pipeline, ArticleStore store, int threads, IngestLimits limits) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.store = Objects.requireNonNull(store, "store");
    this.threads = threads;
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** What happened to one input, for progress and messages. */
  public record Step(String input, String error, boolean stored) {}

  /** Ingests the sources (files and directories), telling {@code progress} of each document. */
  public IngestReport ingest(List<Path> sources, Consumer<Step> progress) {
    return ingest(sources, List.of(), progress);
  }

  /** Ingests files and directories, then HTML pages fetched from their URLs. */
  public IngestReport ingest(List<Path> sources, List<URI> pages, Consumer<Step> progress) {
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
      for (URI url : pages) {
        try {
          batch.submit(pool, fetcher.fetch(url));
        } catch (ReadException e) {
          batch.fail(e.input(), reason(e));
        }
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
        case ".rss", ".atom", ".xml" ->
            feeds.read(file, sink, e -> batch.fail(e.input(), reason(e)));
        case ".warc", ".warc.gz" -> warcs.read(file, sink, e -> batch.fail(e.input(), reason(e)));
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
    final Deque<Pending> inFlight = new ArrayDeque<>();
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
      String id;
      try {
        var article = cleaner.apply(doc);
        if (article.text().isBlank()) {
          fail(doc.source(), "no text left after cleaning (only boilerplate)");
          return;
        }
        id = article.id();
      } catch (RuntimeException | StackOverflowError e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        fail(doc.source(), "cleaning failed: " + why);
        return;
      }
      if (!seen.add(id) || store.contains(id)) {
        already++;
        progress.accept(new Step(doc.source(), null, false));
        return;
      }
      drain(threads * IN_FLIGHT_PER_THREAD - 1);
      AtomicLong started = new AtomicLong();
      Future<Result> future =
          pool.submit(
              () -> {
                started.set(System.nanoTime());
                return analyze(doc);
              });
      inFlight.add(new Pending(doc.source(), future, started));
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

  /** What an analysis gave, and how long it took. */
  private record Result(String source, AnalysisRecord record, String error, long nanos) {}

  private Result tooLong(String source) {
    return new Result(
        source,
        null,
        "analysis took longer than "
            + limits.maxAnalysisTime().toMillis()
            + " ms (IngestLimits.maxAnalysisTime)",
        0);
  }

  /** An analysis submitted; {@code started} is its start in nanoTime, 0 while it waits. */
  private record Pending(String source, Future<Result> future, AtomicLong started) {}

  private Result analyze(RawDocument doc) {
    long t0 = System.nanoTime();
    try {
      AnalysisRecord r = pipeline.analyze(doc, DocumentMetadata.NONE);
      return new Result(doc.source(), r, null, System.nanoTime() - t0);
    } catch (RuntimeException | StackOverflowError e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Result(doc.source(), null, "analysis failed: " + why, System.nanoTime() - t0);
    } catch (OutOfMemoryError e) {
      return new Result(doc.source(), null, "out of memory analyzing it", System.nanoTime() - t0);
    }
  }

  /**
   * The result of an analysis, waiting at most {@link IngestLimits#maxAnalysisTime()} from its
   * start; one that runs longer is interrupted (CoreNLP stops at its next interrupt check) and is
   * an error.
   */
  private Result take(Pending p) {
    long cap = limits.maxAnalysisTime().toNanos();
    try {
      while (true) {
        long started = p.started().get();
        long wait =
            started == 0 ? TimeUnit.MILLISECONDS.toNanos(1) : started + cap - System.nanoTime();
        try {
          Result r = p.future().get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
          // Finished, but late: the cap holds whether the analysis was waited for or not.
          return r.nanos() > cap ? tooLong(p.source()) : r;
        } catch (TimeoutException e) {
          if (started != 0) {
            p.future().cancel(true);
            return tooLong(p.source());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
