package org.newsgraph.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.pipeline.AnalysisPipeline;
import org.newsgraph.pipeline.BatchRunner;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.TextFileReader;
import org.newsgraph.store.RecordVariants;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SqliteArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph bench-store DIR...}: analyzes a sample of real articles once, then stores many
 * variants of their records ({@link RecordVariants}) and times storing, full-text search and event
 * queries, so the store's cost can be read against the analysis time per article.
 */
@Command(
    name = "bench-store",
    mixinStandardHelpOptions = true,
    description =
        "Analyzes a sample of the .txt articles in DIR, stores N variants of their records (new,"
            + " near-duplicate and duplicate articles) in a fresh store, and prints articles/s,"
            + " store size per article, search and query latency, and the analysis time per article.")
final class BenchStoreCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Directories of .txt articles.")
  List<Path> dirs;

  @Option(names = "--sample", paramLabel = "N", description = "Articles analyzed (default 200).")
  int sample = 200;

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "Variants stored (default 10000; one in ten is an exact duplicate).")
  int articles = 10_000;

  @Option(
      names = "--queries",
      paramLabel = "N",
      description = "Searches and event queries timed (default 200 each).")
  int queries = 200;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Where the benchmark store is made (default: a temporary directory, removed).")
  Path data;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws IOException, SQLException {
    List<Path> files = new ArrayList<>();
    for (Path dir : dirs) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    Collections.shuffle(files, new Random(7));
    files = files.subList(0, Math.min(sample, files.size()));
    if (files.isEmpty()) {
      System.err.println("newsgraph: " + dirs + ": no .txt articles");
      return 1;
    }
    List<AnalysisRecord> records = Collections.synchronizedList(new ArrayList<>());
    AnalysisPipeline pipeline = pipelineOptions.pipeline();
    BatchRunner runner = new BatchRunner(pipeline, new TextFileReader(), pipelineOptions.threads);
    // The first article loads the models: it is analyzed, and kept, but not timed.
    runner.run(files.subList(0, 1), DocumentMetadata.NONE, o -> records.addAll(o.records()));
    long t0 = System.nanoTime();
    runner.run(
        files.subList(1, files.size()), DocumentMetadata.NONE, o -> records.addAll(o.records()));
    double analysisMs = (System.nanoTime() - t0) / 1e6 / Math.max(1, records.size() - 1);
    records.sort(Comparator.comparing(r -> r.article().id()));
    System.out.printf(
        Locale.ROOT,
        "analysis          %d articles, %.0f ms/article (wall time over %d threads, the first, loading the models, not timed)%n",
        records.size(),
        analysisMs,
        pipelineOptions.threads);

    boolean temporary = data == null;
    Path dir = temporary ? Files.createTempDirectory("newsgraph-bench-store") : data;
    try {
      return measure(dir, new RecordVariants(records), analysisMs);
    } finally {
      if (temporary) {
        deleteTree(dir);
      }
    }
  }

  private int measure(Path dir, RecordVariants variants, double analysisMs) throws SQLException {
    List<Long> puts = new ArrayList<>();
    // CPU time too: on a machine shared with other work, wall time measures the queue as well.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long cpuNanos = 0;
    int newGrouped = 0;
    int nearGrouped = 0;
    int near = 0;
    int stored = 0;
    List<String> words = new ArrayList<>();
    long t0 = System.nanoTime();
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      for (int i = 0; i < articles; i++) {
        RecordVariants.Variant v = variants.next();
        long s = System.nanoTime();
        long c = cpu.getCurrentThreadCpuTime();
        boolean put = store.put(v.record(), "bench#" + i);
        cpuNanos += cpu.getCurrentThreadCpuTime() - c;
        puts.add(System.nanoTime() - s);
        if (!put) {
          continue;
        }
        stored++;
        String id = v.record().article().id();
        String story = store.story(id).orElse(id);
        if (v.kind() == RecordVariants.Kind.NEAR_DUPLICATE) {
          near++;
          nearGrouped += story.equals(store.story(v.copyOf()).orElse("")) ? 1 : 0;
        } else if (!story.equals(id)) {
          newGrouped++;
        }
        if (i % 50 == 0) {
          for (String w : v.record().article().text().split("\\W+")) {
            if (w.length() >= 6 && words.size() < 2 * queries) {
              words.add(w);
              break;
            }
          }
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      Percentiles put = new Percentiles(puts);
      System.out.printf(
          Locale.ROOT,
          "store             %d variants put, %d stored, %.0f articles/s; put p50 %.1f ms, p95"
              + " %.1f ms%n",
          articles,
          stored,
          articles / seconds,
          put.ms(50),
          put.ms(95));
      double putMs = seconds * 1000 / articles;
      System.out.printf(
          Locale.ROOT,
          "storage share     %.2f ms/article = %.2f%% of the analysis time (CPU: %.2f ms/put)%n",
          putMs,
          100 * putMs / analysisMs,
          cpuNanos / 1e6 / articles);
      System.out.printf(
          Locale.ROOT,
          "grouping          %d of %d near-duplicates in their original's story; %d of the other"
              + " articles grouped with another%n",
          nearGrouped,
          near,
          newGrouped);
      Random random = new Random(11);
      List<Long> searches = new ArrayList<>();
      for (int i = 0; i < queries && !words.isEmpty(); i++) {
        String q =
            i % 2 == 0
                ? words.get(random.nextInt(words.size()))
                : words.get(random.nextInt(words.size()))
                    + " OR "
                    + words.get(random.nextInt(words.size()));
        long s = System.nanoTime();
        store.search(SearchQuery.of(q));
        searches.add(System.nanoTime() - s);
      }
      Percentiles search = new Percentiles(searches);
      System.out.printf(
          Locale.ROOT,
          "search            p50 %.1f ms, p95 %.1f ms (%d queries, first page of 20)%n",
          search.ms(50),
          search.ms(95),
          searches.size());
    }
    Percentiles query = eventQueries(dir.resolve(SqliteArticleStore.FILE_NAME));
    System.out.printf(
        Locale.ROOT,
        "event query       p50 %.1f ms, p95 %.1f ms (event_summary by type and month, and by"
            + " source country; 20 rows with counts)%n",
        query.ms(50),
        query.ms(95));
    long bytes = size(dir);
    System.out.printf(
        Locale.ROOT,
        "store size        %.1f MB, %.1f KB/article%n",
        bytes / 1e6,
        bytes / 1e3 / Math.max(1, stored));
    return 0;
  }

  /** Times the queries an events page makes: one filtered, paged read of event_summary. */
  private Percentiles eventQueries(Path db) throws SQLException {
    List<Long> times = new ArrayList<>();
    String[] types = {"CONSULT", "ACCUSE", "REQUEST", "SUPPORT", "DISAPPROVE", "COERCE", "ASSAULT"};
    String[] countries = {"USA", "RUS", "CHN", "GBR", "FRA", "IRN", "SYR"};
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement byType =
            c.prepareStatement(
                "SELECT * FROM event_summary WHERE type = ? AND date >= ? AND date < ?"
                    + " ORDER BY date DESC LIMIT 20");
        PreparedStatement byActor =
            c.prepareStatement(
                "SELECT * FROM event_summary WHERE source_country = ? ORDER BY date DESC LIMIT"
                    + " 20")) {
      for (int i = 0; i < queries; i++) {
        PreparedStatement p;
        if (i % 2 == 0) {
          p = byType;
          p.setString(1, types[i % types.length]);
          int month = 1 + i % 12;
          p.setString(2, String.format(Locale.ROOT, "2016-%02d", month));
          p.setString(3, String.format(Locale.ROOT, "2016-%02d", month + 1));
        } else {
          p = byActor;
          p.setString(1, countries[i % countries.length]);
        }
        long s = System.nanoTime();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            r.getInt("num_mentions");
          }
        }
        times.add(System.nanoTime() - s);
      }
    }
    return new Percentiles(times);
  }

  private static long size(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
