package org.newsgraph.serve;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** GET /openapi.json: the OpenAPI 3.0 document of the API, a resource file. */
final class OpenApiRoute implements Routes {
  /** The document's resource path. */
  static final String RESOURCE = "/serve/openapi.json";

  private final String document;

  OpenApiRoute() {
    try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
      }
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void register(Javalin app) {
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document));
  }
}
