package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.CoreNlpQuoteBaseline;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.GoldArticle;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.eval.QuoteEvaluator;
import org.newsgraph.eval.QuoteSource;
import org.newsgraph.eval.RecordQuotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval}: measurements against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures Newsgraph against gold annotations.",
    subcommands = {EvalCommand.Quotes.class, EvalEventsCommand.class})
final class EvalCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "eval needs a subcommand: quotes");
  }

  /** The baselines {@code eval quotes} can score instead of Newsgraph. */
  enum Baseline {
    corenlp
  }

  /** {@code newsgraph eval quotes}: quotes and speakers against PolNeAR or gold JSON. */
  @Command(
      name = "quotes",
      mixinStandardHelpOptions = true,
      description =
          "Scores quote detection and speakers against gold attributions: a PolNeAR compartment"
              + " (text/ + attributions/) or gold JSON files (see docs/eval.md).")
  static final class Quotes implements Callable<Integer> {
    @Option(
        names = "--gold",
        required = true,
        paramLabel = "PATH",
        description = "A PolNeAR compartment directory, a gold JSON file, or a directory of them.")
    Path gold;

    @Option(
        names = "--records",
        paramLabel = "DIR",
        description =
            "Score the records in DIR (NAME.json from analyze --out-dir) instead of"
                + " running the pipeline.")
    Path records;

    @Option(
        names = "--baseline",
        paramLabel = "NAME",
        description = "Score a baseline instead of Newsgraph: corenlp (needs -Xmx6g).")
    Baseline baseline;

    @Option(
        names = "--misses",
        paramLabel = "FILE",
        description = "Write every miss (FN, SPK, FP) to FILE instead of showing some.")
    Path missesFile;

    @Option(
        names = "--show-misses",
        paramLabel = "N",
        description = "Misses shown on stdout when --misses is not given (default: 20).")
    int showMisses = 20;

    @Mixin PipelineOptions pipelineOptions;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
      if (records != null && baseline != null) {
        throw new ParameterException(
            spec.commandLine(), "--records and --baseline exclude each other");
      }
      int threads = pipelineOptions.threads;
      if (threads < 1 || showMisses < 0) {
        throw new ParameterException(
            spec.commandLine(), "--threads and --show-misses must be positive");
      }
      if (records != null && !Files.isDirectory(records)) {
        throw new ParameterException(
            spec.commandLine(), "--records: " + records + " is not a directory");
      }
      List<GoldArticle> articles;
      try {
        articles = GoldReader.read(gold);
      } catch (IOException | IllegalArgumentException e) {
        System.err.println("newsgraph: " + e.getMessage());
        return 1;
      }
      QuoteSource source =
          records != null
              ? RecordQuotes.records(records)
              : baseline == Baseline.corenlp
                  ? new CoreNlpQuoteBaseline()
                  : RecordQuotes.pipeline(pipelineOptions.pipeline());
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      QuoteEvaluator.Outcome outcome =
          new QuoteEvaluator(source, Math.min(threads, Math.max(1, articles.size())))
              .run(articles, System.err);
      out.print(EvalReport.table(outcome.evaluation()));
      List<String> misses = EvalReport.misses(outcome.evaluation());
      if (missesFile != null) {
        Files.write(missesFile, misses, StandardCharsets.UTF_8);
        out.printf("%n%d misses written to %s%n", misses.size(), missesFile);
      } else if (showMisses > 0 && !misses.isEmpty()) {
        out.printf(
            "%nfirst %d of %d misses:%n", Math.min(showMisses, misses.size()), misses.size());
        misses.stream().limit(showMisses).forEach(out::println);
      }
      if (!outcome.failures().isEmpty()) {
        System.err.printf(
            "newsgraph: %d of %d articles failed and are left out%n",
            outcome.failures().size(), articles.size());
        return 1;
      }
      return 0;
    }
  }
}
