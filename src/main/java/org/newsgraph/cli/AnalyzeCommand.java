package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.output.RecordJson;
import org.newsgraph.output.TextReport;
import org.newsgraph.pipeline.BatchRunner;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.TextFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph analyze}: one record per article, as JSON, JSON Lines or a report. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Analyzes news articles: entities, quotes, events and dates, as JSON.")
final class AnalyzeCommand implements Callable<Integer> {
  enum Format {
    json,
    jsonl,
    text
  }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plain-text articles.")
  List<Path> files;

  @Option(names = "--published", paramLabel = "DATE", description = "Publication date, YYYY-MM-DD.")
  String published;

  @Option(names = "--publisher", paramLabel = "NAME", description = "Publisher name.")
  String publisher;

  @Option(names = "--url", paramLabel = "URL", description = "The article's URL.")
  String url;

  @Option(names = "--title", paramLabel = "TEXT", description = "The article's title.")
  String title;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "json (default for one file), jsonl (default for several) or text.")
  Format format;

  @Option(
      names = "--out-dir",
      paramLabel = "DIR",
      description = "Write one file per input here (foo.txt -> DIR/foo.json) instead of stdout.")
  Path outDir;

  @Mixin PipelineOptions pipelineOptions;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    Format fmt = format != null ? format : files.size() == 1 ? Format.json : Format.jsonl;
    Map<Path, Path> targets = outDir == null ? Map.of() : targets(fmt);
    DocumentMetadata given = new DocumentMetadata(url, title, publisher, published);
    if (published != null) {
      checkDate(published);
    }
    var pipeline = pipelineOptions.pipeline();
    BatchRunner runner =
        new BatchRunner(
            pipeline, new TextFileReader(), Math.min(pipelineOptions.threads, files.size()));
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    ProgressBar progress = new ProgressBar(err, files.size());
    int failures =
        runner.run(
            files,
            given,
            o -> {
              if (o.failed()) {
                progress.interrupt();
                err.println("newsgraph: " + o.error());
              } else {
                for (AnalysisRecord r : o.records()) {
                  String rendered = render(r, fmt);
                  if (outDir != null) {
                    write(targets.get(o.input()), rendered);
                  } else {
                    out.println(rendered);
                    out.flush();
                  }
                }
              }
              progress.step();
            });
    out.flush();
    if (failures > 0) {
      err.printf(Locale.ROOT, "newsgraph: %d of %d inputs failed%n", failures, files.size());
      return 1;
    }
    return 0;
  }

  private void checkDate(String date) {
    try {
      java.time.LocalDate.parse(date);
    } catch (java.time.format.DateTimeParseException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--published: '" + date + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static String render(AnalysisRecord r, Format fmt) {
    return switch (fmt) {
      case json -> RecordJson.pretty(r);
      case jsonl -> RecordJson.line(r);
      case text -> TextReport.render(r);
    };
  }

  /** Output file per input; two inputs that would write the same file are a usage error. */
  private Map<Path, Path> targets(Format fmt) throws IOException {
    Files.createDirectories(outDir);
    Map<Path, Path> out = new HashMap<>();
    Map<Path, Path> seen = new HashMap<>();
    String ext = fmt == Format.text ? ".txt" : ".json";
    for (Path f : files) {
      String name = f.getFileName().toString();
      int dot = name.lastIndexOf('.');
      Path target = outDir.resolve((dot > 0 ? name.substring(0, dot) : name) + ext);
      Path before = seen.putIfAbsent(target, f);
      if (before != null) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), f + " and " + before + " would both be written to " + target);
      }
      out.put(f, target);
    }
    return out;
  }

  private static void write(Path target, String content) {
    try {
      Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
      Files.writeString(tmp, content + "\n", StandardCharsets.UTF_8);
      Files.move(
          tmp,
          target,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
    }
  }
}
