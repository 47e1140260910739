package org.newsgraph.serve;

import io.javalin.http.Context;
import org.newsgraph.store.query.DateRange;
import org.newsgraph.store.query.PageRequest;

/** Query parameters read and checked; a bad one is a {@link BadRequest} naming it. */
final class Params {
  private Params() {}

  /** The {@code page} and {@code size} parameters (1-based; default size 20, at most 200). */
  static PageRequest page(Context ctx) {
    int page = integer(ctx, "page", 1, 1, Integer.MAX_VALUE, "an integer from 1");
    int size =
        integer(
            ctx,
            "size",
            PageRequest.DEFAULT_SIZE,
            1,
            PageRequest.MAX_SIZE,
            "an integer from 1 to " + PageRequest.MAX_SIZE);
    return new PageRequest(page, size);
  }

  /** An integer parameter from {@code min} to {@code max}, {@code dflt} when absent. */
  static int integer(Context ctx, String name, int dflt, int min, int max, String expected) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return dflt;
    }
    try {
      int v = Integer.parseInt(raw.strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // Reported below with the value as given.
    }
    throw new BadRequest(name + " must be " + expected + ", got '" + raw + "'");
  }

  /** The {@code from} and {@code to} dates. */
  static DateRange dates(Context ctx) {
    try {
      return new DateRange(text(ctx, "from"), text(ctx, "to"));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  /** A text parameter stripped, or null when absent or blank. */
  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** A text parameter that must be given. */
  static String required(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      throw new BadRequest(name + " is required");
    }
    return v;
  }
}
