package org.newsgraph.serve;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the writing routes: a bearer token must match the one the server was started with; without
 * one configured, writes are refused.
 */
final class TokenGuard {
  private final byte[] token;

  /** A guard for this token, or one refusing every write when it is null or blank. */
  TokenGuard(String token) {
    this.token =
        token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
  }

  /** Lets the request through, or throws 403 (no token configured) or 401 (wrong or missing). */
  void check(Context ctx) {
    if (token == null) {
      throw new ForbiddenResponse(
          "writes are disabled: the server was started without --token (or NEWSGRAPH_TOKEN)");
    }
    String header = ctx.header("Authorization");
    String given =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : null;
    // Constant time, so the comparison does not tell how much of a guess was right.
    if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse(
          "Authorization: Bearer TOKEN is required and must match the server's token");
    }
  }
}
