package org.newsgraph.ingest;

import java.util.Locale;

/**
 * What an ingest did.
 *
 * @param stored articles newly stored
 * @param alreadyStored articles whose id the store already held (nothing written)
 * @param failed inputs (files, lines) that failed; each is recorded in the store with its reason
 * @param nanos wall time of the whole ingest
 * @param notModified a feed or page fetched again answered 304 Not Modified: nothing to read
 */
public record IngestReport(
    int stored, int alreadyStored, int failed, long nanos, boolean notModified) {
  public IngestReport(int stored, int alreadyStored, int failed, long nanos) {
    this(stored, alreadyStored, failed, nanos, false);
  }

  /** "12 new, 3 already stored, 1 failed"; "not modified" after a 304. */
  public String summary() {
    if (notModified && stored + alreadyStored + failed == 0) {
      return "not modified";
    }
    return String.format(
        Locale.ROOT, "%d new, %d already stored, %d failed", stored, alreadyStored, failed);
  }

  /** Newly stored articles per second of wall time. */
  public double articlesPerSecond() {
    return nanos == 0 ? 0 : stored / (nanos / 1e9);
  }
}
