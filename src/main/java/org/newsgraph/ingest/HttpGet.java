package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.read.ReadException;
import org.newsgraph.read.ReadLimits;

/**
 * One HTTP GET with Java's client: redirects followed, {@link #CONNECT_TIMEOUT} to connect and
 * {@link #REQUEST_TIMEOUT} until the headers arrive, the body bounded by {@link
 * ReadLimits#maxBytes()}, and the validators of an earlier response sent back so an unchanged
 * resource costs a 304 and no body.
 */
final class HttpGet {
  /** How long connecting may take: 10 s. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** How long one request may take until its headers arrive: 30 s. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  static final String USER_AGENT = "newsgraph/0.1 (+https://www.gnu.org/licenses/gpl-3.0.html)";

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final ReadLimits limits;

  HttpGet(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * What a server said about a resource's version: its {@code ETag} and {@code Last-Modified}, each
   * null when not given.
   */
  record Validators(String etag, String lastModified) {
    static final Validators NONE = new Validators(null, null);
  }

  /** A response: status, Content-Type ("" when none), body (empty for a 304) and validators. */
  record Response(int status, String contentType, byte[] body, Validators validators) {
    /** The charset the Content-Type names, or null. */
    String charset() {
      int cs = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
      return cs < 0 ? null : contentType.substring(cs + 8).replace("\"", "").strip();
    }
  }

  /** Gets the URL; a failure to connect or read, or a body over the limit, is a ReadException. */
  Response get(URI url, String accept, Validators previous) throws ReadException {
    String name = url.toString();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(REQUEST_TIMEOUT)
            .header("User-Agent", USER_AGENT)
            .header("Accept", accept)
            .GET();
    if (previous.etag() != null) {
      request.header("If-None-Match", previous.etag());
    }
    if (previous.lastModified() != null) {
      request.header("If-Modified-Since", previous.lastModified());
    }
    HttpResponse<InputStream> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException | IllegalArgumentException e) {
      throw new ReadException(name, "cannot be fetched (" + e + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReadException(name, "interrupted while fetching", e);
    }
    try (InputStream body = response.body()) {
      byte[] bytes = new byte[0];
      if (response.statusCode() == 200) {
        bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
          throw new ReadException(
              name, "too large: more than " + limits.maxBytes() + " bytes (ReadLimits.maxBytes)");
        }
      }
      var headers = response.headers();
      return new Response(
          response.statusCode(),
          headers.firstValue("Content-Type").orElse(""),
          bytes,
          new Validators(
              headers.firstValue("ETag").orElse(null),
              headers.firstValue("Last-Modified").orElse(null)));
    } catch (IOException e) {
      throw new ReadException(name, "cannot be read (" + e + ")", e);
    }
  }
}
