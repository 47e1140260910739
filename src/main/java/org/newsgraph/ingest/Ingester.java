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
  private final FeedFetcher fetcher;

  /** An ingester with {@link IngestLimits#DEFAULTS}. */
  public Ingester(AnalysisPipeline pipeline, ArticleStore store, int threads) {
    this(pipeline, store, threads, IngestLimits.DEFAULTS);
  }

  public Ingester(AnalysisPipeline pipeline, ArticleStore store, int threads, IngestLimits limits) {
    this(pipeline, store, threads, limits, FeedFetcher.Politeness.DEFAULTS);
  }

  Ingester(
      AnalysisPipeline pipeline,
      ArticleStore store,
      int threads,
      IngestLimits limits,
      FeedFetcher.Politeness politeness) {
    this.fetcher = new FeedFetcher(new HttpGet(ReadLimits.DEFAULTS), politeness);
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

  /**
   * Ingests files and directories, then URLs: an HTML page is one article, an RSS or Atom feed one
   * per item (an item with only a summary is read from its page).
   */
  public IngestReport ingest(List<Path> sources, List<URI> urls, Consumer<Step> progress) {
    return run(
        progress,
        batch -> {
          for (Path file : Sources.expand(sources, batch::fail)) {
            read(file, batch, batch::submit);
          }
          for (URI url : urls) {
            fetch(url, HttpGet.Validators.NONE, batch);
          }
        });
  }

  /**
   * Fetches one URL, sending the validators of the last fetch, and ingests what it holds; for
   * {@link FeedFollower}.
   *
   * @return what was ingested, and the validators for the next fetch (the old ones when nothing
   *     changed or the fetch failed)
   */
  Polled ingestUrl(URI url, HttpGet.Validators previous, Consumer<Step> progress) {
    HttpGet.Validators[] next = {previous};
    IngestReport report = run(progress, batch -> next[0] = fetch(url, previous, batch));
    return new Polled(report, next[0]);
  }

  /** What one fetch of a followed URL ingested, and the validators to send next time. */
  record Polled(IngestReport report, HttpGet.Validators validators) {}

  private HttpGet.Validators fetch(URI url, HttpGet.Validators previous, Batch batch) {
    try {
      FeedFetcher.Fetched f = fetcher.fetch(url, previous, store::containsUrl);
      batch.notModified |= f.notModified();
      batch.already += f.skipped();
      for (ReadException e : f.problems()) {
        batch.fail(e.input(), reason(e));
      }
      for (RawDocument doc : f.documents()) {
        batch.submit(doc);
      }
      return f.validators();
    } catch (ReadException e) {
      batch.fail(e.input(), reason(e));
      return previous;
    }
  }

  /** Runs one batch: {@code feed} submits documents; the rest are stored before it returns. */
  private IngestReport run(Consumer<Step> progress, Consumer<Batch> feed) {
    long t0 = System.nanoTime();
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "newsgraph-ingest-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Batch batch = new Batch(progress, pool);
    try {
      feed.accept(batch);
      batch.drain(0);
    } finally {
      pool.shutdownNow();
    }
    return new IngestReport(
        batch.stored, batch.already, batch.failed, System.nanoTime() - t0, batch.notModified);
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
    final ExecutorService pool;
    final Deque<Pending> inFlight = new ArrayDeque<>();
    final Set<String> seen = new HashSet<>();
    int stored;
    int already;
    int failed;
    boolean notModified;

    Batch(Consumer<Step> progress, ExecutorService pool) {
      this.progress = progress;
      this.pool = pool;
    }

    void fail(String input, String why) {
      failed++;
      store.recordError(input, why);
      progress.accept(new Step(input, why, false));
    }

    void submit(RawDocument doc) {
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
