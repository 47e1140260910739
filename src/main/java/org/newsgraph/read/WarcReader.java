package org.newsgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC archive, plain or gzipped (Common Crawl's CC-NEWS files among them), with jwarc:
 * each {@code response} record holding an HTTP 200 response with an HTML body is one article, read
 * with {@link HtmlReader}. Its url is the record's {@code WARC-Target-URI}; the page's own metadata
 * gives the title, publisher and date, and the {@code WARC-Date} (its UTC date) is the date when
 * the page gives none. Other records (requests, metadata, redirects, images) are skipped.
 *
 * <p>Each article's source is {@code ARCHIVE@OFFSET}, the byte offset of its record in the file
 * (for a gzipped archive, of its gzip member), as CDX indexes give it. A record whose page has no
 * main text, or whose body is larger than {@link ReadLimits#maxBytes()}, goes to the problems and
 * the archive goes on. An archive damaged or cut short keeps the records before the damage: they
 * are delivered, then one problem names the archive and the offset where reading stopped.
 */
public final class WarcReader implements DocumentReader {
  private final ReadLimits limits;

  /** A reader with {@link ReadLimits#DEFAULTS}, applied to each record's body. */
  public WarcReader() {
    this(ReadLimits.DEFAULTS);
  }

  public WarcReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public void read(Path input, Consumer<RawDocument> sink) throws ReadException {
    List<ReadException> problems = new ArrayList<>();
    read(input, sink, problems::add);
    if (!problems.isEmpty()) {
      ReadException last = problems.get(problems.size() - 1);
      throw new ReadException(
          input.toString(), problems.size() + " problem(s); the last: " + last.getMessage(), last);
    }
  }

  /**
   * Reads every record, handing each article to the sink and each unreadable record, and the damage
   * that ends a broken archive, to {@code problems}.
   *
   * @throws ReadException when the file cannot be opened or is not a WARC archive at all
   */
  public void read(Path input, Consumer<RawDocument> sink, Consumer<ReadException> problems)
      throws ReadException {
    String name = input.toString();
    if (Files.isDirectory(input)) {
      throw new ReadException(name, "is a directory, not a file");
    }
    org.netpreserve.jwarc.WarcReader warc;
    try {
      warc = new org.netpreserve.jwarc.WarcReader(input);
    } catch (NoSuchFileException e) {
      throw new ReadException(name, "no such file", e);
    } catch (IOException e) {
      throw new ReadException(name, "not a WARC archive (" + e.getMessage() + ")", e);
    }
    int read = 0;
    try (warc) {
      try {
        for (Optional<WarcRecord> next = warc.next(); next.isPresent(); next = warc.next()) {
          if (next.get() instanceof WarcResponse response) {
            RawDocument doc = document(name, response, problems);
            if (doc != null) {
              sink.accept(doc);
            }
          }
          read++;
        }
      } catch (IOException | RuntimeException e) {
        // jwarc's position is the start of the record it was reading: the damaged one.
        long offset = warc.position();
        if (read == 0 && offset == 0) {
          throw new ReadException(
              name, "not a WARC archive, or damaged in its first record (" + message(e) + ")", e);
        }
        problems.accept(
            new ReadException(
                name,
                "damaged or truncated at byte "
                    + offset
                    + " ("
                    + message(e)
                    + "); the "
                    + read
                    + " record(s) before it were read",
                e));
      }
    } catch (IOException e) {
      // Closing a file opened for reading: nothing was lost.
    }
  }

  /**
   * The article in a response record, or null when the record is no HTML page (skipped) or its page
   * cannot be read (a problem).
   *
   * @throws IOException when the record itself cannot be read: the archive is damaged
   */
  private RawDocument document(
      String archive, WarcResponse response, Consumer<ReadException> problems) throws IOException {
    MediaType type = response.contentType().base();
    if (!"application".equals(type.type()) || !"http".equals(type.subtype())) {
      return null;
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return null;
    }
    MediaType pageType = http.contentType();
    String subtype = pageType.subtype().toLowerCase(Locale.ROOT);
    if (!subtype.equals("html") && !subtype.equals("xhtml+xml")) {
      return null;
    }
    String source = archive + "@" + response.position();
    String url = response.target();
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
    }
    if (body.length > limits.maxBytes()) {
      problems.accept(
          new ReadException(
              source,
              "page too large: more than " + limits.maxBytes() + " bytes (ReadLimits.maxBytes)"));
      return null;
    }
    try {
      HtmlReader.Page page =
          HtmlReader.parse(
              source,
              new java.io.ByteArrayInputStream(body),
              pageType.parameters().get("charset"),
              url);
      String date =
          response.date() == null
              ? null
              : response.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
      DocumentMetadata meta =
          new DocumentMetadata(
                  url,
                  page.metadata().title(),
                  page.metadata().publisher(),
                  page.metadata().published(),
                  page.metadata().authors())
              .orElse(new DocumentMetadata(null, null, null, date));
      return new RawDocument(source, page.text(), meta);
    } catch (ReadException e) {
      problems.accept(e);
      return null;
    }
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + m.strip();
  }
}
