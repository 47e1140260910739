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
        "Analyzes articles and stores them: text files, HTML pages (files or URLs), JSON Lines,"
            + " and directories of them (*.txt, *.html, *.htm, *.jsonl, recursively). An article already stored"
            + " is skipped; a failed input is recorded (see 'errors') and the rest goes on.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description = "Files, directories, quoted globs, or http(s) URLs of HTML pages.")
  List<String> sources;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Longest analysis of one article before it is interrupted (default: 60).")
  long timeoutSeconds = IngestLimits.DEFAULT_MAX_ANALYSIS_TIME.toSeconds();

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
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
    }
    IngestLimits limits = new IngestLimits(Duration.ofSeconds(timeoutSeconds));
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
      IngestReport report = ingester.ingest(files, pages, progress::step);
      progress.clear();
      System.out.println(report.summary());
      err.printf(
          Locale.ROOT,
          "newsgraph: %.1f s, %.2f new articles/s; store %s holds %d articles%n",
          report.nanos() / 1e9,
          report.articlesPerSecond(),
          store.file(),
          store.count());
      return report.failed() > 0 ? 1 : 0;
    }
  }
}
