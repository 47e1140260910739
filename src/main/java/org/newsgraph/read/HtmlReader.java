package org.newsgraph.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved HTML page as one article: its main text and what the page says of itself.
 *
 * <p>The main text is the page's {@code <article>} (the one with most paragraph text, when there
 * are several), else the element whose own {@code <p>} children hold the most text; navigation,
 * headers, footers, asides, figures, forms and scripts are dropped first. Paragraphs, headings,
 * list items and block quotes each become one line.
 *
 * <p>Metadata comes from JSON-LD first (a {@code NewsArticle}, {@code Article} or {@code
 * ReportageNewsArticle}: headline, datePublished, author, publisher, url), then meta tags ({@code
 * og:title}, {@code article:published_time}, {@code og:site_name}, {@code author}, the canonical
 * link), then {@code <title>}. A page with no main text is refused with a {@link ReadException}.
 */
public final class HtmlReader implements DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of("newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle");
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

  private final ReadLimits limits;

  /** A reader with {@link ReadLimits#DEFAULTS}. */
  public HtmlReader() {
    this(ReadLimits.DEFAULTS);
  }

  public HtmlReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A page as read. */
  public record Page(String text, DocumentMetadata metadata) {}

  @Override
  public void read(Path input, Consumer<RawDocument> sink) throws ReadException {
    String name = input.toString();
    Page page = parse(name, load(input, name));
    sink.accept(new RawDocument(name, page.text(), page.metadata()));
  }

  /**
   * Reads a page from its HTML.
   *
   * @param baseUri the page's address, for relative links, or null
   * @throws ReadException when the page has no main text
   */
  public static Page parse(String name, String html, String baseUri) throws ReadException {
    return parse(name, Jsoup.parse(html, baseUri == null ? "" : baseUri));
  }

  /**
   * Reads a page from a stream of at most {@link ReadLimits#maxBytes()} bytes (the caller bounds
   * it; the stream is read but not closed).
   *
   * @param charset the charset the server named, or null to take the page's meta tag, else UTF-8
   * @param baseUri the page's address
   */
  public static Page parse(String name, InputStream in, String charset, String baseUri)
      throws ReadException {
    try {
      return parse(name, Jsoup.parse(in, charset, baseUri));
    } catch (IOException e) {
      throw new ReadException(name, "cannot be read (" + e + ")", e);
    }
  }

  private static Page parse(String name, Document doc) throws ReadException {
    Meta meta = jsonLd(doc);
    String title = first(meta.title, attr(doc, "meta[property=og:title]"), doc.title());
    String published =
        first(
            meta.published,
            attr(doc, "meta[property=article:published_time]"),
            attr(doc, "meta[name=date], meta[itemprop=datePublished]"),
            doc.select("time[datetime]").attr("datetime"));
    String publisher = first(meta.publisher, attr(doc, "meta[property=og:site_name]"), null);
    String url =
        first(
            meta.url,
            attr(doc, "meta[property=og:url]"),
            doc.select("link[rel=canonical]").attr("href"));
    String author = first(meta.author, attr(doc, "meta[name=author]"), null);
    doc.select("script, style, noscript, nav, header, footer, aside, figure, form, iframe")
        .remove();
    Element main = mainElement(doc);
    String text = main == null ? "" : paragraphs(main);
    if (TextFileReader.isBlank(text)) {
      throw new ReadException(name, "no main text: no <article> and no paragraphs in the page");
    }
    return new Page(
        text,
        new DocumentMetadata(
            blankToNull(url),
            blankToNull(title),
            publisher,
            PublishedDate.isoDate(published),
            DocumentMetadata.byline(author)));
  }

  private Document load(Path input, String name) throws ReadException {
    byte[] bytes = BoundedFile.read(input, name, limits);
    try {
      // jsoup reads the charset from the meta tag; UTF-8 when the page names none.
      return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (java.io.IOException e) {
      throw new ReadException(name, "cannot be read (" + e + ")", e);
    }
  }

  private static Element mainElement(Document doc) {
    Element best = null;
    int bestLength = 0;
    for (Element article : doc.select("article")) {
      int length = ownParagraphText(article, true);
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best != null) {
      return best;
    }
    for (Element e : doc.select("body, body *")) {
      int length = ownParagraphText(e, false);
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return best;
  }

  /** The length of the text in the element's paragraphs: all of them, or its children only. */
  private static int ownParagraphText(Element e, boolean deep) {
    int n = 0;
    for (Element p : deep ? e.select("p") : e.children()) {
      if (p.nameIs("p")) {
        n += p.text().length();
      }
    }
    return n;
  }

  private static String paragraphs(Element main) {
    StringBuilder out = new StringBuilder();
    List<Element> blocks = new ArrayList<>(main.select(BLOCKS));
    for (Element b : blocks) {
      if (b.parents().stream().anyMatch(a -> a != main && blocks.contains(a))) {
        continue; // a paragraph inside a block quote is read with it
      }
      String line = b.text().strip();
      if (!line.isEmpty()) {
        out.append(line).append('\n');
      }
    }
    if (out.isEmpty()) {
      out.append(main.text().strip());
    }
    return out.toString();
  }

  /** What a JSON-LD article object says; its fields may be null. */
  private record Meta(String title, String published, String author, String publisher, String url) {
    static final Meta NONE = new Meta(null, null, null, null, null);
  }

  private static Meta jsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode article = findArticle(JSON.readTree(script.data()), 0);
        if (article != null) {
          return new Meta(
              text(article.get("headline")),
              text(article.get("datePublished")),
              names(article.get("author")),
              names(article.get("publisher")),
              text(article.get("url")));
        }
      } catch (IOException e) {
        // A broken JSON-LD block is common; the meta tags still count.
      }
    }
    return Meta.NONE;
  }

  /** The first article object in a JSON-LD value: an object, an array or an {@code @graph}. */
  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.get("@type");
    List<JsonNode> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(types::add);
    } else if (type != null) {
      types.add(type);
    }
    for (JsonNode t : types) {
      if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
        return node;
      }
    }
    return findArticle(node.get("@graph"), depth + 1);
  }

  /** A person or organization's name, or the names of several, comma-separated. */
  private static String names(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      List<String> all = new ArrayList<>();
      node.forEach(
          n -> {
            String name = names(n);
            if (name != null) {
              all.add(name);
            }
          });
      return all.isEmpty() ? null : String.join(", ", all);
    }
    return node.isObject() ? text(node.get("name")) : text(node);
  }

  private static String text(JsonNode node) {
    return node == null || !node.isValueNode() ? null : blankToNull(node.asText().strip());
  }

  private static String attr(Document doc, String selector) {
    return blankToNull(doc.select(selector).attr("content").strip());
  }

  private static String first(String a, String b, String c) {
    return blankToNull(a) != null ? a : blankToNull(b) != null ? b : blankToNull(c);
  }

  private static String first(String a, String b, String c, String d) {
    return first(a, b, first(c, d, null));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
