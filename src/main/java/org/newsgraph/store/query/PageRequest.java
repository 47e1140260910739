package org.newsgraph.store.query;

/**
 * Which page of a list to read.
 *
 * @param page 1-based
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {
  /** Items per page when none is asked for: 20. */
  public static final int DEFAULT_SIZE = 20;

  /** The most items one page may hold: 200. */
  public static final int MAX_SIZE = 200;

  /** The first page of {@value #DEFAULT_SIZE}. */
  public static final PageRequest FIRST = new PageRequest(1, DEFAULT_SIZE);

  public PageRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page must be an integer from 1, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be an integer from 1 to " + MAX_SIZE + ", got " + size);
    }
  }

  /** How many items come before this page. */
  public long offset() {
    return (long) (page - 1) * size;
  }
}
