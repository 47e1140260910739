package org.newsgraph.ingest;

import java.time.Duration;

/**
 * Bounds on what one article may cost an ingest. Input size is bounded by the readers' {@code
 * ReadLimits}.
 *
 * @param maxAnalysisTime how long the analysis of one article may run before it is interrupted and
 *     recorded as an error; defaults to {@link #DEFAULT_MAX_ANALYSIS_TIME} (60 s, a hundred times a
 *     typical article's)
 */
public record IngestLimits(Duration maxAnalysisTime) {
  /** The default time one article's analysis may take: 60 seconds. */
  public static final Duration DEFAULT_MAX_ANALYSIS_TIME = Duration.ofSeconds(60);

  /** The limits used when none are given. */
  public static final IngestLimits DEFAULTS = new IngestLimits(DEFAULT_MAX_ANALYSIS_TIME);

  public IngestLimits {
    if (maxAnalysisTime == null || maxAnalysisTime.isNegative() || maxAnalysisTime.isZero()) {
      throw new IllegalArgumentException(
          "maxAnalysisTime must be positive, was " + maxAnalysisTime);
    }
  }
}
