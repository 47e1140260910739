package org.newsgraph.read;

/**
 * Bounds on what a reader accepts from one input. Inputs are hostile: a reader checks these before
 * it allocates for the input.
 *
 * @param maxBytes the largest input, in bytes, a reader will load; larger inputs are rejected with
 *     a {@link ReadException}. Defaults to {@value #DEFAULT_MAX_BYTES} (5 MB), far above any news
 *     article.
 */
public record ReadLimits(long maxBytes) {
  /** The default maximum input size: 5 MB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  /** The limits used when none are given. */
  public static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_BYTES);

  public ReadLimits {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
  }

  /** The same limits with another maximum size in bytes. */
  public ReadLimits withMaxBytes(long bytes) {
    return new ReadLimits(bytes);
  }
}
