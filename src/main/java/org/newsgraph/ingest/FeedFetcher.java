package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsgraph.read.FeedReader;
import org.newsgraph.read.RawDocument;
import org.newsgraph.read.ReadException;

/**
 * Fetches a URL that is an RSS or Atom feed or an HTML page, told apart by the Content-Type, else
 * by the start of the body ({@code <rss}, {@code <feed}, {@code <rdf:RDF} or HTML). A feed's items
 * are its articles; an item with only a summary is replaced by the page its link names (read as
 * HTML), at most {@link Politeness#maxPagesPerPoll()} pages a poll with {@link
 * Politeness#pageDelay()} before each; an item whose link is already stored is skipped without a
 * fetch. When the page cannot be read, the summary is the article and the page's URL is a recorded
 * error.
 */
final class FeedFetcher {
  static final String ACCEPT =
      "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,"
          + "text/html;q=0.8,application/xhtml+xml;q=0.8";

  private static final Pattern FEED_START =
      Pattern.compile(
          "^(?:\\uFEFF)?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:rss|feed|rdf:RDF)\\b",
          Pattern.DOTALL);
  private static final Pattern HTML_START =
      Pattern.compile("^(?:\\uFEFF)?\\s*(?:<!doctype html|<html)", Pattern.CASE_INSENSITIVE);

  /**
   * How gently item pages are fetched.
   *
   * @param maxPagesPerPoll the most item pages fetched in one poll; the rest wait for the next
   * @param pageDelay the pause before each item page fetch
   */
  record Politeness(int maxPagesPerPoll, Duration pageDelay) {
    /** 20 pages a poll, a second apart. */
    static final Politeness DEFAULTS = new Politeness(20, Duration.ofSeconds(1));
  }

  /**
   * What one fetch gave.
   *
   * @param notModified the server answered 304: nothing changed since {@code validators} were given
   * @param documents the articles to ingest
   * @param problems items or pages that could not be read
   * @param skipped items whose link is already stored
   * @param validators to send with the next fetch; {@link HttpGet.Validators#NONE} when some items
   *     were left for the next poll, so it gets the whole feed again
   */
  record Fetched(
      boolean notModified,
      List<RawDocument> documents,
      List<ReadException> problems,
      int skipped,
      HttpGet.Validators validators) {}

  private final HttpGet http;
  private final Politeness politeness;

  FeedFetcher(HttpGet http, Politeness politeness) {
    this.http = Objects.requireNonNull(http, "http");
    this.politeness = Objects.requireNonNull(politeness, "politeness");
  }

  /**
   * Fetches the URL.
   *
   * @param previous the validators of the last fetch, or {@link HttpGet.Validators#NONE}
   * @param stored whether an article with this URL is stored already
   * @throws ReadException when the URL cannot be fetched, answers other than 200 or 304, or is
   *     neither a feed nor an HTML page
   */
  Fetched fetch(URI url, HttpGet.Validators previous, Predicate<String> stored)
      throws ReadException {
    String name = url.toString();
    HttpGet.Response response = http.get(url, ACCEPT, previous);
    if (response.status() == 304) {
      return new Fetched(true, List.of(), List.of(), 0, previous);
    }
    if (response.status() != 200) {
      throw new ReadException(name, "HTTP " + response.status());
    }
    String type = response.contentType();
    if (isFeed(type, response.body())) {
      return items(name, response, stored);
    }
    if (PageFetcher.isHtml(type) || HTML_START.matcher(head(response.body())).find()) {
      RawDocument page = PageFetcher.read(name, response);
      return new Fetched(false, List.of(page), List.of(), 0, response.validators());
    }
    throw new ReadException(name, "not an HTML page or a feed (Content-Type: " + type + ")");
  }

  private static boolean isFeed(String contentType, byte[] body) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom")) {
      return true;
    }
    // Feeds are often served as text/xml, text/plain or application/octet-stream: look at the body.
    return !type.contains("html") && FEED_START.matcher(head(body)).find();
  }

  private static String head(byte[] body) {
    return new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8);
  }

  private Fetched items(String name, HttpGet.Response response, Predicate<String> stored)
      throws ReadException {
    List<ReadException> problems = new ArrayList<>();
    List<FeedReader.Item> items =
        FeedReader.items(name, new ByteArrayInputStream(response.body()), problems::add);
    List<RawDocument> documents = new ArrayList<>();
    int skipped = 0;
    int pages = 0;
    boolean deferred = false;
    for (FeedReader.Item item : items) {
      RawDocument doc = item.document();
      String link = doc.metadata().url();
      if (link != null && stored.test(link)) {
        skipped++;
      } else if (!item.summaryOnly() || web(link) == null) {
        documents.add(doc);
      } else if (pages >= politeness.maxPagesPerPoll()) {
        deferred = true;
      } else {
        pages++;
        documents.add(page(doc, web(link), problems));
      }
    }
    return new Fetched(
        false,
        documents,
        problems,
        skipped,
        deferred ? HttpGet.Validators.NONE : response.validators());
  }

  /**
   * The article on the item's page, with the item's metadata where the page gives none; the item's
   * summary when the page cannot be read (the failure goes to {@code problems}).
   */
  private RawDocument page(RawDocument item, URI link, List<ReadException> problems) {
    try {
      Thread.sleep(politeness.pageDelay().toMillis());
      HttpGet.Response r = http.get(link, PageFetcher.ACCEPT, HttpGet.Validators.NONE);
      if (r.status() != 200) {
        throw new ReadException(link.toString(), "HTTP " + r.status());
      }
      RawDocument page = PageFetcher.read(link.toString(), r);
      return new RawDocument(item.source(), page.text(), page.metadata().orElse(item.metadata()));
    } catch (ReadException e) {
      String why = e.getMessage().substring(e.input().length() + 2);
      problems.add(
          new ReadException(
              link.toString(), why + " (feed item " + item.source() + " stored from its summary)"));
      return item;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return item;
    }
  }

  private static URI web(String link) {
    if (link == null) {
      return null;
    }
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
