package org.newsgraph.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.pipeline.AnalysisPipeline;
import org.newsgraph.pipeline.BatchRunner;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.TextFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph bench DIR}: throughput, latency, model load time and heap, printed. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Analyzes every .txt article in DIR and prints speed and memory figures.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "A directory of plain-text articles.")
  Path dir;

  @Option(names = "--limit", paramLabel = "N", description = "Analyze at most N articles.")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description = "Articles analyzed first and not counted (default 2: the JIT warms up).")
  int warmup = 2;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
    }
    if (files.isEmpty()) {
      System.err.println("newsgraph: " + dir + ": no .txt articles");
      return 1;
    }
    AnalysisPipeline pipeline = pipelineOptions.pipeline();
    BatchRunner warm = new BatchRunner(pipeline, new TextFileReader(), 1);
    warm.run(files.subList(0, Math.min(warmup, files.size())), DocumentMetadata.NONE, o -> {});
    long tokensBefore = pipeline.times().tokens();
    var before = pipeline.times().millis();

    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    BatchRunner runner = new BatchRunner(pipeline, new TextFileReader(), pipelineOptions.threads);
    long t0 = System.nanoTime();
    int failures = runner.run(files, DocumentMetadata.NONE, o -> latencies.add(o.nanos()));
    double seconds = (System.nanoTime() - t0) / 1e9;
    long tokens = pipeline.times().tokens() - tokensBefore;

    Percentiles latency = new Percentiles(latencies);
    System.out.printf(
        Locale.ROOT,
        "articles          %d (%d failed), %d threads%n",
        files.size(),
        failures,
        pipelineOptions.threads);
    System.out.printf(
        Locale.ROOT, "model load        %.1f s%n", pipeline.modelLoadMillis() / 1000.0);
    System.out.printf(
        Locale.ROOT,
        "throughput        %.2f articles/s, %.0f tokens/s%n",
        files.size() / seconds,
        tokens / seconds);
    System.out.printf(
        Locale.ROOT,
        "latency/article   p50 %.0f ms, p95 %.0f ms%n",
        latency.ms(50),
        latency.ms(95));
    System.out.println("time per stage    (summed over threads, after warm-up)");
    var after = pipeline.times().millis();
    long total =
        after.entrySet().stream().mapToLong(e -> e.getValue() - before.get(e.getKey())).sum();
    after.forEach(
        (stage, ms) -> {
          long d = ms - before.get(stage);
          System.out.printf(
              Locale.ROOT, "  %-10s %8d ms  %5.1f%%%n", stage, d, 100.0 * d / Math.max(1, total));
        });
    System.out.println("  nlp: " + pipeline.nlpBreakdown() + " (warm-up included)");
    System.out.printf(
        Locale.ROOT,
        "peak heap         %d MB used (max %d MB)%n",
        peakHeapMb(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "live heap         %d MB after GC%n",
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    return failures > 0 ? 1 : 0;
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
