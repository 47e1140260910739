package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.store.query.EventFilter;
import org.newsgraph.store.query.EventQueries;

/** Writes the events a filter takes in one format, in date order; returns how many. */
public final class EventExporter {
  private final EventQueries events;

  public EventExporter(EventQueries events) {
    this.events = events;
  }

  /** Exports to a file (any format). */
  public long toFile(ExportFormat format, EventFilter filter, Path file) throws IOException {
    if (!format.isText()) {
      return run(format.fileSink(file), filter);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return run(format.textSink(w), filter);
    }
  }

  /** Exports a text format to a stream, UTF-8, leaving it open. */
  public long toStream(ExportFormat format, EventFilter filter, OutputStream out)
      throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    long n = run(format.textSink(w), filter);
    w.flush();
    return n;
  }

  private long run(EventSink sink, EventFilter filter) throws IOException {
    AtomicLong n = new AtomicLong();
    try {
      events.each(
          filter,
          e -> {
            try {
              sink.write(e);
              n.incrementAndGet();
            } catch (IOException x) {
              throw new UncheckedIOException(x);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    sink.finish();
    return n.get();
  }
}
