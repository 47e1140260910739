package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.newsgraph.ingest.Ingester;

/**
 * Ingest's progress on one line of stderr: counts so far and the rate of new articles, redrawn at
 * most every {@value #REDRAW_MILLIS} ms, and only when stderr is a terminal. Errors print on their
 * own lines.
 */
final class IngestProgress {
  /** The shortest time between two redraws, in ms: 250. */
  static final long REDRAW_MILLIS = 250;

  private final PrintStream err;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private int stored;
  private int already;
  private int failed;
  private boolean drawn;

  IngestProgress(PrintStream err) {
    this.err = err;
    this.enabled = System.console() != null;
  }

  void step(Ingester.Step step) {
    if (step.error() != null) {
      failed++;
      clear();
      err.println("newsgraph: " + step.input() + ": " + step.error());
    } else if (step.stored()) {
      stored++;
    } else {
      already++;
    }
    long now = System.nanoTime();
    if (enabled && (now - lastDraw) / 1_000_000 >= REDRAW_MILLIS) {
      lastDraw = now;
      double seconds = (now - startNanos) / 1e9;
      err.printf(
          Locale.ROOT,
          "\r%d new, %d already stored, %d failed  %.2f new articles/s ",
          stored,
          already,
          failed,
          stored / Math.max(seconds, 1e-9));
      err.flush();
      drawn = true;
    }
  }

  /** Clears the line so a message prints on its own. */
  void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(79) + "\r");
      drawn = false;
    }
  }
}
