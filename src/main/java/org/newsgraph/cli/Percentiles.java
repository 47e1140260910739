package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles of measured durations, in milliseconds (nearest rank). */
final class Percentiles {
  private final List<Long> sorted;

  /** Percentiles of these durations in nanoseconds. */
  Percentiles(List<Long> nanos) {
    this.sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
  }

  /** The p-th percentile in ms, 0 when nothing was measured. */
  double ms(int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1e6;
  }
}
