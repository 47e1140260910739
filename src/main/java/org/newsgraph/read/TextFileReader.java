package org.newsgraph.read;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a plain-text file as one document.
 *
 * <p>The encoding is taken from a byte order mark, else the file is read as UTF-8 when it is valid
 * UTF-8, else the charset is detected (windows-1252, ISO-8859-1, UTF-16 without a mark, ...). Line
 * endings become {@code \n}. When the first line is followed by a blank line it is the title: it
 * goes to {@link DocumentMetadata#title()} and the text keeps only the body.
 *
 * <p>A missing, unreadable, empty, binary, oversized or undecodable file is refused with a {@link
 * ReadException} naming the file and the one reason.
 */
public final class TextFileReader implements DocumentReader {
  /** A first line longer than this, in characters, is never taken for a title: 300. */
  public static final int MAX_TITLE_CHARS = 300;

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n?|[\u2028\u2029]");

  private final ReadLimits limits;

  /** A reader with {@link ReadLimits#DEFAULTS}. */
  public TextFileReader() {
    this(ReadLimits.DEFAULTS);
  }

  public TextFileReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public void read(Path input, Consumer<RawDocument> sink) throws ReadException {
    String name = input.toString();
    String text = normalizeLineEndings(TextDecoder.decode(name, load(input, name)));
    if (isBlank(text)) {
      throw new ReadException(name, "empty file (only whitespace)");
    }
    sink.accept(split(name, text));
  }

  private byte[] load(Path input, String name) throws ReadException {
    return BoundedFile.read(input, name, limits);
  }

  /** Blank counting no-break and zero-width spaces as blank too. */
  static boolean isBlank(String text) {
    return text.codePoints()
        .allMatch(
            c ->
                Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || c == 0x200B
                    || c == 0x2060
                    || c == 0xFEFF);
  }

  static String normalizeLineEndings(String text) {
    return LINE_BREAK.matcher(text).replaceAll("\n");
  }

  /**
   * Splits off a title: a first line of at most {@link #MAX_TITLE_CHARS}, then a blank line, then
   * some body. A first line ending with ';' is a headline continued by its deck on the next line
   * (as in PolNeAR's USA Today and New York Times texts); the title is then both lines.
   */
  public static RawDocument split(String source, String text) {
    String[] lines = text.split("\n", 4);
    int titleLines = lines.length > 0 && lines[0].strip().endsWith(";") ? 2 : 1;
    if (lines.length < titleLines + 2 || !isBlank(lines[titleLines])) {
      return new RawDocument(source, text, DocumentMetadata.NONE);
    }
    StringBuilder title = new StringBuilder();
    int bodyStart = 0;
    for (int i = 0; i < titleLines; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.length() > MAX_TITLE_CHARS) {
        return new RawDocument(source, text, DocumentMetadata.NONE);
      }
      title.append(i == 0 ? "" : " ").append(line);
      bodyStart += lines[i].length() + 1;
    }
    bodyStart += lines[titleLines].length() + 1;
    String body = text.substring(bodyStart);
    if (isBlank(body)) {
      return new RawDocument(source, text, DocumentMetadata.NONE);
    }
    return new RawDocument(source, body, new DocumentMetadata(null, title.toString(), null, null));
  }
}
