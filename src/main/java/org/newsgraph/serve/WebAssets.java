package org.newsgraph.serve;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * Serves the web interface: the static files under {@code src/main/resources/web} at {@code /} and
 * the pinned JavaScript libraries from WebJars at {@code /webjars/}, all from the jar (never a
 * CDN). The security headers (a strict Content-Security-Policy among them) come from {@code
 * ApiServer}, which sets them on every response, these files included.
 */
public final class WebAssets {
  private static final String CLASSPATH_ROOT = "/web";

  private WebAssets() {}

  /** Adds the web interface to an app; pass it to {@code ApiServer} as a plugin. */
  public static void configure(JavalinConfig config) {
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = CLASSPATH_ROOT;
          files.location = Location.CLASSPATH;
        });
    config.staticFiles.enableWebjars();
  }
}
