package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final int total;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private int done;

  ProgressBar(PrintStream err, int total) {
    this.err = err;
    this.total = total;
    this.enabled = System.console() != null && total > 1;
  }

  void step() {
    done++;
    if (!enabled) {
      return;
    }
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    err.printf(
        Locale.ROOT,
        "\r[%s%s] %d/%d  %.1f articles/s",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        done,
        total,
        done / Math.max(seconds, 1e-9));
    if (done == total) {
      err.println();
    }
    err.flush();
  }

  /** Clears the bar so a message prints on its own line. */
  void interrupt() {
    if (enabled) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
    }
  }
}
