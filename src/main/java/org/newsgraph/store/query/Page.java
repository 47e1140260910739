package org.newsgraph.store.query;

import java.util.List;

/**
 * One page of a list, as the API returns it.
 *
 * @param total how many items match in all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {
  public Page {
    items = List.copyOf(items);
  }

  /** The page's items under the request that asked for them. */
  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.page(), request.size(), total);
  }
}
