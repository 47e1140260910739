package org.newsgraph.cli;

import java.time.Duration;
import org.newsgraph.ingest.IngestLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The cap on one article's analysis, shared by the commands that ingest. */
final class AnalysisTimeoutOption {
  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Longest analysis of one article before it is interrupted (default: 60).")
  long seconds = IngestLimits.DEFAULT_MAX_ANALYSIS_TIME.toSeconds();

  /** The limits the option asks for; a usage error for less than a second. */
  IngestLimits limits(CommandSpec spec) {
    if (seconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
    }
    return new IngestLimits(Duration.ofSeconds(seconds));
  }
}
