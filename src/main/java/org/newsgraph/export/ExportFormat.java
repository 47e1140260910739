package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

/** The export formats, by the names the command line uses. */
public enum ExportFormat {
  /** PLOVER JSON Lines. */
  PLOVER_JSONL,
  /** GDELT 2.0 event table: 61 tab-separated columns, no header. */
  GDELT_TSV,
  /** CSV with a header row. */
  CSV,
  /** Parquet; needs a file, not standard output. */
  PARQUET;

  /** The name as typed: {@code plover-jsonl}, {@code gdelt-tsv}, {@code csv}, {@code parquet}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The format named (case and - or _ aside). */
  public static ExportFormat parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--format must be plover-jsonl, gdelt-tsv, csv or parquet, got '" + name + "'", e);
    }
  }

  /** Whether the format writes text that can go to standard output. */
  public boolean isText() {
    return this != PARQUET;
  }

  /** A sink writing text formats to {@code out}. */
  EventSink textSink(Writer out) throws IOException {
    return switch (this) {
      case PLOVER_JSONL -> new PloverSink(out);
      case GDELT_TSV -> CsvSink.tsv(GdeltColumns.ALL, out);
      case CSV -> CsvSink.csv(out);
      case PARQUET -> throw new IllegalStateException("Parquet is written to a file");
    };
  }

  /** A sink writing Parquet to the file. */
  EventSink fileSink(Path file) throws IOException {
    return new ParquetSink(file);
  }
}
