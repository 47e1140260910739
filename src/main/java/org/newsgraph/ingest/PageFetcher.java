package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.HtmlReader;
import org.newsgraph.read.RawDocument;
import org.newsgraph.read.ReadException;

/**
 * Fetches an HTML page over HTTP(S) ({@link HttpGet}) and reads it with {@link HtmlReader}. The
 * page's URL is its metadata URL unless the page names a canonical one.
 */
final class PageFetcher {
  static final String ACCEPT = "text/html,application/xhtml+xml";

  private final HttpGet http;

  PageFetcher(HttpGet http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  RawDocument fetch(URI url) throws ReadException {
    HttpGet.Response response = http.get(url, ACCEPT, HttpGet.Validators.NONE);
    if (response.status() != 200) {
      throw new ReadException(url.toString(), "HTTP " + response.status());
    }
    if (!isHtml(response.contentType())) {
      throw new ReadException(
          url.toString(), "not an HTML page (Content-Type: " + response.contentType() + ")");
    }
    return read(url.toString(), response);
  }

  static boolean isHtml(String contentType) {
    return contentType.toLowerCase(Locale.ROOT).contains("html");
  }

  /** The page in a response to a GET of {@code name}. */
  static RawDocument read(String name, HttpGet.Response response) throws ReadException {
    HtmlReader.Page page =
        HtmlReader.parse(name, new ByteArrayInputStream(response.body()), response.charset(), name);
    DocumentMetadata meta = page.metadata().orElse(new DocumentMetadata(name, null, null, null));
    return new RawDocument(name, page.text(), meta);
  }
}
