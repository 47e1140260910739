package org.newsgraph.ingest;

import java.util.Locale;

/**
 * What an ingest did.
 *
 * @param stored articles newly stored
 * @param alreadyStored articles whose id the store already held (nothing written)
 * @param failed inputs (files, lines) that failed; each is recorded in the store with its reason
 * @param nanos wall time of the whole ingest
 */
public record IngestReport(int stored, int alreadyStored, int failed, long nanos) {
  /** "12 new, 3 already stored, 1 failed". */
  public String summary() {
    return String.format(
        Locale.ROOT, "%d new, %d already stored, %d failed", stored, alreadyStored, failed);
  }

  /** Newly stored articles per second of wall time. */
  public double articlesPerSecond() {
    return nanos == 0 ? 0 : stored / (nanos / 1e9);
  }
}
