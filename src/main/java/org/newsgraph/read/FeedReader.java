package org.newsgraph.read;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed file with Rome: each item is one article.
 *
 * <p>An item's text is its {@code content:encoded} (Atom: {@code <content>}), else its {@code
 * description} (Atom: {@code <summary>}), with the HTML stripped: through {@link HtmlReader}'s
 * main-text rules when the markup has paragraphs, else jsoup's plain text. Its metadata: the title,
 * the link (else the Atom id or RSS guid when it is a URL), the published date (else the updated
 * date) in UTC, and the publisher: the item's {@code dc:publisher}, else the feed's, else the
 * feed's title; the authors ({@code author}, {@code dc:creator}).
 *
 * <p>Each item's source is {@code FILE#N}, N counting items from 1. An item with no text does not
 * stop the feed: {@link #read(Path, Consumer, Consumer)} reports it and goes on. A file that is not
 * a well-formed feed is a {@link ReadException} naming the file, with the line when the XML parser
 * gives one.
 */
public final class FeedReader implements DocumentReader {
  private final ReadLimits limits;

  /** A reader with {@link ReadLimits#DEFAULTS}, applied to the whole feed file. */
  public FeedReader() {
    this(ReadLimits.DEFAULTS);
  }

  public FeedReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * One item as read.
   *
   * @param summaryOnly true when the item has no full content, only a description or summary: the
   *     article is on the page its link names
   */
  public record Item(RawDocument document, boolean summaryOnly) {}

  @Override
  public void read(Path input, Consumer<RawDocument> sink) throws ReadException {
    List<ReadException> problems = new ArrayList<>();
    read(input, sink, problems::add);
    if (!problems.isEmpty()) {
      throw new ReadException(
          input.toString(), problems.size() + " item(s) unread: " + problems.get(0).getMessage());
    }
  }

  /**
   * Reads every item, handing each article to the sink and each item without text to {@code
   * problems}.
   *
   * @throws ReadException when the file cannot be read or is not a feed
   */
  public void read(Path input, Consumer<RawDocument> sink, Consumer<ReadException> problems)
      throws ReadException {
    for (Item item : items(input, problems)) {
      sink.accept(item.document());
    }
  }

  /** The items of a feed file, in feed order; items without text go to {@code problems}. */
  public List<Item> items(Path input, Consumer<ReadException> problems) throws ReadException {
    String name = input.toString();
    return items(name, new ByteArrayInputStream(load(input, name)), problems);
  }

  /**
   * The items of a feed read from a stream (the caller bounds its size). The encoding comes from
   * the XML prolog or byte order mark, else UTF-8.
   */
  public static List<Item> items(String name, InputStream in, Consumer<ReadException> problems)
      throws ReadException {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(in, true, "UTF-8")) {
      SyndFeedInput parser = new SyndFeedInput();
      parser.setAllowDoctypes(false); // no external entities from a hostile feed
      feed = parser.build(xml);
    } catch (ParsingFeedException e) {
      String at = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
      throw new ReadException(
          name, "not a well-formed RSS or Atom feed" + at + " (" + cause(e) + ")", e);
    } catch (FeedException | IllegalArgumentException e) {
      throw new ReadException(name, "not an RSS or Atom feed (" + cause(e) + ")", e);
    } catch (IOException e) {
      throw new ReadException(name, "cannot be read (" + e + ")", e);
    }
    String feedPublisher = first(dcPublisher(feed.getModule(DCModule.URI)), feed.getTitle());
    List<Item> items = new ArrayList<>();
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      String source = name + "#" + n;
      String link = link(entry);
      String content = content(entry);
      SyndContent description = entry.getDescription();
      String text =
          text(
              source,
              content != null ? content : description == null ? null : description.getValue(),
              link);
      if (text == null) {
        problems.accept(
            new ReadException(source, "feed item with no text (no content or description)"));
        continue;
      }
      Date date =
          entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      DocumentMetadata meta =
          new DocumentMetadata(
              link,
              blankToNull(entry.getTitle() == null ? null : entry.getTitle().strip()),
              first(dcPublisher(entry.getModule(DCModule.URI)), feedPublisher),
              date == null
                  ? null
                  : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
              authors(entry));
      items.add(new Item(new RawDocument(source, text, meta), content == null));
    }
    if (n == 0) {
      throw new ReadException(name, "a feed with no items");
    }
    return items;
  }

  private byte[] load(Path input, String name) throws ReadException {
    return BoundedFile.read(input, name, limits);
  }

  /** The item's full content ({@code content:encoded}, Atom {@code <content>}), or null. */
  private static String content(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
        return c.getValue();
      }
    }
    return null;
  }

  /** The body's text, one line a paragraph, or null when it has none. */
  private static String text(String source, String html, String baseUri) {
    if (html == null || html.isBlank()) {
      return null;
    }
    String text;
    try {
      text = HtmlReader.parse(source, html, baseUri).text();
    } catch (ReadException e) {
      text = Jsoup.parse(html, baseUri == null ? "" : baseUri).text().strip();
    }
    return TextFileReader.isBlank(text) ? null : TextFileReader.normalizeLineEndings(text);
  }

  private static String link(SyndEntry entry) {
    String link = blankToNull(entry.getLink());
    if (link == null) {
      String uri = blankToNull(entry.getUri());
      if (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) {
        link = uri;
      }
    }
    return link == null ? null : link.strip();
  }

  private static List<String> authors(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson p : entry.getAuthors()) {
      if (blankToNull(p.getName()) != null) {
        names.add(p.getName().strip());
      }
    }
    if (names.isEmpty() && blankToNull(entry.getAuthor()) != null) {
      names.add(entry.getAuthor().strip());
    }
    return names;
  }

  private static String dcPublisher(Object module) {
    return module instanceof DCModule dc ? blankToNull(dc.getPublisher()) : null;
  }

  private static String cause(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return m.strip();
  }

  private static String first(String a, String b) {
    return blankToNull(a) != null ? a.strip() : blankToNull(b) == null ? null : b.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
