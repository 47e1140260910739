package org.newsgraph.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.FeedFollower;
import org.newsgraph.ingest.IngestLimits;
import org.newsgraph.ingest.IngestReport;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.store.SqliteArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph ingest}: analyze sources and keep the records in the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Analyzes articles and stores them: text files, HTML pages, RSS and Atom feeds (files or"
            + " URLs), JSON Lines, WARC archives, and directories of them (recursively). An article"
            + " already stored is skipped; a failed input is recorded (see 'errors') and the rest"
            + " goes on. --follow keeps polling the URLs and ingests new feed items.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description = "Files, directories, quoted globs, or http(s) URLs of feeds or HTML pages.")
  List<String> sources;

  @Option(
      names = "--follow",
      description =
          "After the files, keep polling the URLs (conditional GET) and ingest new items until"
              + " stopped.")
  boolean follow;

  @Option(
      names = "--interval",
      paramLabel = "SECONDS",
      description = "Time between two polls of a followed URL (default: 900, at least 60).")
  long intervalSeconds = FeedFollower.DEFAULT_INTERVAL.toSeconds();

  @Mixin AnalysisTimeoutOption timeout;

  @Mixin DataOption data;

  @Spec CommandSpec spec;

  @Mixin PipelineOptions pipelineOptions;

  private URI url(String source) {
    try {
      return new URI(source);
    } catch (URISyntaxException e) {
      throw new ParameterException(
          spec.commandLine(), source + ": not a URL (" + e.getReason() + ")");
    }
  }

  @Override
  public Integer call() {
    PrintStream err = System.err;
    IngestLimits limits = timeout.limits(spec);
    if (intervalSeconds < FeedFollower.MIN_INTERVAL.toSeconds()) {
      throw new ParameterException(
          spec.commandLine(),
          "--interval must be at least " + FeedFollower.MIN_INTERVAL.toSeconds() + " seconds");
    }
    try (SqliteArticleStore store = data.open()) {
      Ingester ingester =
          new Ingester(pipelineOptions.pipeline(), store, pipelineOptions.threads, limits);
      IngestProgress progress = new IngestProgress(err);
      List<Path> files = new ArrayList<>();
      List<URI> pages = new ArrayList<>();
      for (String source : sources) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
          pages.add(url(source));
        } else {
          files.add(Path.of(source));
        }
      }
      IngestReport report = ingester.ingest(files, follow ? List.of() : pages, progress::step);
      progress.clear();
      if (follow && files.isEmpty()) {
        follow(ingester, pages, progress);
        return 0;
      }
      System.out.println(report.summary());
      err.printf(
          Locale.ROOT,
          "newsgraph: %.1f s, %.2f new articles/s; store %s holds %d articles%n",
          report.nanos() / 1e9,
          report.articlesPerSecond(),
          store.file(),
          store.count());
      if (follow && !pages.isEmpty()) {
        follow(ingester, pages, progress);
      }
      return report.failed() > 0 ? 1 : 0;
    }
  }

  /** Polls the URLs until the process is stopped, a line of counts and rate per poll. */
  private void follow(Ingester ingester, List<URI> urls, IngestProgress progress) {
    try (FeedFollower follower =
        new FeedFollower(
            ingester,
            progress::step,
            poll -> {
              progress.clear();
              System.out.printf(
                  Locale.ROOT,
                  "%s %s: %s%s%n",
                  java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                  poll.url(),
                  poll.report().summary(),
                  poll.report().stored() == 0
                      ? ""
                      : String.format(
                          Locale.ROOT, ", %.2f new articles/s", poll.report().articlesPerSecond()));
              System.out.flush();
            })) {
      for (URI url : urls) {
        follower.follow(url, Duration.ofSeconds(intervalSeconds));
      }
      new java.util.concurrent.CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
