package org.newsgraph.serve;

import io.javalin.http.Context;
import java.util.Map;

/** The headers every response carries (the API contract): no framing, sniffing or foreign code. */
final class SecurityHeaders {
  static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
              + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
          "X-Content-Type-Options",
          "nosniff",
          "Referrer-Policy",
          "no-referrer",
          "X-Frame-Options",
          "DENY");

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    HEADERS.forEach(ctx::header);
  }
}
