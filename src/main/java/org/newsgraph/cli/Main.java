package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command line. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    version = "newsgraph 0.1.0",
    description = "Reads news: who said what, and who did what to whom, when and where.",
    subcommands = {
      AnalyzeCommand.class,
      BenchCommand.class,
      BenchStoreCommand.class,
      EvalCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      ErrorsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (0 ok, 1 some input failed, 2 usage). */
  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }
}
