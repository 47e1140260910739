package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.DocumentReader;
import org.newsgraph.read.RawDocument;
import org.newsgraph.read.ReadException;

/**
 * Analyzes many inputs on a pool of threads sharing one pipeline. Results come back in input order;
 * an input that fails is reported with its reason and the batch goes on.
 */
public final class BatchRunner {
  /** How many inputs may be in flight per thread; bounds the memory a long batch holds. */
  public static final int IN_FLIGHT_PER_THREAD = 4;

  private final AnalysisPipeline pipeline;
  private final DocumentReader reader;
  private final int threads;

  public BatchRunner(AnalysisPipeline pipeline, DocumentReader reader, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.pipeline = pipeline;
    this.reader = reader;
    this.threads = threads;
  }

  /**
   * What became of one input: its records, or the reason it failed.
   *
   * @param error null on success, else one line naming the problem
   */
  public record Outcome(Path input, List<AnalysisRecord> records, String error, long nanos) {
    public boolean failed() {
      return error != null;
    }
  }

  /** A fixed pool of named daemon threads ("name-1", "name-2", ...). */
  public static ExecutorService pool(String name, int threads) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, name + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** Runs the batch, handing each outcome to the sink in input order; returns failures. */
  public int run(List<Path> inputs, DocumentMetadata given, Consumer<Outcome> sink) {
    ExecutorService pool = pool("newsgraph-analyze", threads);
    int failures = 0;
    try {
      Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
      for (Path input : inputs) {
        if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
          failures += deliver(inFlight.removeFirst(), sink);
        }
        inFlight.add(pool.submit(() -> analyze(input, given)));
      }
      while (!inFlight.isEmpty()) {
        failures += deliver(inFlight.removeFirst(), sink);
      }
    } finally {
      pool.shutdownNow();
    }
    return failures;
  }

  private static int deliver(Future<Outcome> f, Consumer<Outcome> sink) {
    Outcome o;
    try {
      o = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    sink.accept(o);
    return o.failed() ? 1 : 0;
  }

  /** Analyzes one input; never throws, so one bad article cannot stop the batch. */
  Outcome analyze(Path input, DocumentMetadata given) {
    long t0 = System.nanoTime();
    List<RawDocument> docs = new ArrayList<>();
    try {
      reader.read(input, docs::add);
      List<AnalysisRecord> records = new ArrayList<>();
      for (RawDocument d : docs) {
        records.add(pipeline.analyze(d, given));
      }
      return new Outcome(input, records, null, System.nanoTime() - t0);
    } catch (ReadException e) {
      return new Outcome(input, List.of(), e.getMessage(), System.nanoTime() - t0);
    } catch (RuntimeException | StackOverflowError e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Outcome(
          input, List.of(), input + ": analysis failed: " + why, System.nanoTime() - t0);
    } catch (OutOfMemoryError e) {
      docs.clear();
      return new Outcome(
          input, List.of(), input + ": out of memory analyzing it", System.nanoTime() - t0);
    }
  }
}
