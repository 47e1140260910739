package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.HtmlReader;
import org.newsgraph.read.RawDocument;
import org.newsgraph.read.ReadException;
import org.newsgraph.read.ReadLimits;

/**
 * Fetches an HTML page over HTTP(S) and reads it with {@link HtmlReader}. Redirects are followed;
 * the body is bounded by {@link ReadLimits#maxBytes()}, the connection by {@link #CONNECT_TIMEOUT}
 * and the whole request by {@link #REQUEST_TIMEOUT}. The page's URL is its metadata URL unless the
 * page names a canonical one.
 */
final class PageFetcher {
  /** How long connecting may take: 10 s. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** How long one request may take until its headers arrive: 30 s. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final ReadLimits limits;

  PageFetcher(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  RawDocument fetch(URI url) throws ReadException {
    String name = url.toString();
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(REQUEST_TIMEOUT)
            .header("User-Agent", "newsgraph/0.1 (+https://www.gnu.org/licenses/gpl-3.0.html)")
            .header("Accept", "text/html,application/xhtml+xml")
            .GET()
            .build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new ReadException(name, "cannot be fetched (" + e + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReadException(name, "interrupted while fetching", e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new ReadException(name, "HTTP " + response.statusCode());
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      String lower = type.toLowerCase(Locale.ROOT);
      if (!lower.contains("html")) {
        throw new ReadException(name, "not an HTML page (Content-Type: " + type + ")");
      }
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      if (bytes.length > limits.maxBytes()) {
        throw new ReadException(
            name, "too large: more than " + limits.maxBytes() + " bytes (ReadLimits.maxBytes)");
      }
      int cs = lower.indexOf("charset=");
      String charset = cs < 0 ? null : type.substring(cs + 8).replace("\"", "").strip();
      HtmlReader.Page page = HtmlReader.parse(name, new ByteArrayInputStream(bytes), charset, name);
      DocumentMetadata meta = page.metadata().orElse(new DocumentMetadata(name, null, null, null));
      return new RawDocument(name, page.text(), meta);
    } catch (IOException e) {
      throw new ReadException(name, "cannot be read (" + e + ")", e);
    }
  }
}
