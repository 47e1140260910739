package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.export.EventExporter;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.store.query.EventFilter;
import org.newsgraph.store.query.EventQueries;
import org.newsgraph.store.query.ReadDb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsgraph export}: the stored events as PLOVER JSON Lines, GDELT TSV, CSV or Parquet. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes the stored events, in date order, as PLOVER JSON Lines, GDELT 2.0 event TSV (61"
            + " columns), CSV or Parquet (docs/export.md); to standard output unless --out is"
            + " given (Parquet needs --out).")
final class ExportCommand implements Callable<Integer> {
  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "plover-jsonl, gdelt-tsv, csv or parquet.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write.")
  Path out;

  @Mixin DateOptions dates;

  @Option(names = "--type", paramLabel = "TYPE", description = "A PLOVER category.")
  String type;

  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = "An actor code (RUSGOV), country (RUS) or exact name, on either side.")
  String actor;

  @Mixin DataOption data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ExportFormat f;
    EventFilter filter;
    try {
      f = ExportFormat.parse(format);
      filter = new EventFilter(type, actor, null, null, null, null, dates.range(), null, null);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!f.isText() && out == null) {
      throw new ParameterException(spec.commandLine(), "--format parquet needs --out FILE");
    }
    // Opening the store once brings its schema up to date; the export reads through ReadDb.
    data.open().close();
    try (ReadDb db = ReadDb.open(data.dir)) {
      EventExporter exporter = new EventExporter(new EventQueries(db));
      long n =
          out == null ? exporter.toStream(f, filter, System.out) : exporter.toFile(f, filter, out);
      System.err.println(
          "newsgraph: "
              + n
              + (n == 1 ? " event" : " events")
              + " exported as "
              + f.label()
              + (out == null ? "" : " to " + out)
              + " from "
              + data.dir.resolve(SqliteArticleStore.FILE_NAME));
    }
    return 0;
  }
}
