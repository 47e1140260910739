package org.newsgraph.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines file of articles, one JSON object a line: {@code text} (required), {@code
 * title}, {@code url}, {@code published}, {@code publisher}, {@code authors} (a list) or {@code
 * author} (names separated by commas or "and"). Blank lines are skipped. Each article's source is
 * {@code FILE:LINE}.
 *
 * <p>A bad line (not JSON, no text, larger than {@link ReadLimits#maxBytes()}) does not stop the
 * file: {@link #read(Path, Consumer, Consumer)} reports it and goes on; {@link #read(Path,
 * Consumer)} delivers the good lines and then throws one {@link ReadException} listing the bad.
 */
public final class JsonLinesReader implements DocumentReader {
  /** At most this many bad lines are named in the exception of {@link #read(Path, Consumer)}. */
  public static final int MAX_LISTED_PROBLEMS = 5;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReadLimits limits;

  /** A reader with {@link ReadLimits#DEFAULTS}, applied to each line. */
  public JsonLinesReader() {
    this(ReadLimits.DEFAULTS);
  }

  public JsonLinesReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public void read(Path input, Consumer<RawDocument> sink) throws ReadException {
    List<ReadException> problems = new ArrayList<>();
    read(input, sink, problems::add);
    if (!problems.isEmpty()) {
      StringBuilder why = new StringBuilder(problems.size() + " bad line(s):");
      for (ReadException p : problems.subList(0, Math.min(MAX_LISTED_PROBLEMS, problems.size()))) {
        why.append(' ').append(p.getMessage()).append(';');
      }
      throw new ReadException(input.toString(), why.toString());
    }
  }

  /**
   * Reads every line, handing each article to the sink and each bad line to {@code problems}.
   *
   * @throws ReadException when the file itself cannot be read
   */
  public void read(Path input, Consumer<RawDocument> sink, Consumer<ReadException> problems)
      throws ReadException {
    String name = input.toString();
    if (Files.isDirectory(input)) {
      throw new ReadException(name, "is a directory, not a file");
    }
    int count = 0;
    try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String source = name + ":" + number;
        try {
          sink.accept(parse(source, line));
          count++;
        } catch (ReadException e) {
          problems.accept(e);
        }
      }
    } catch (NoSuchFileException e) {
      throw new ReadException(name, "no such file", e);
    } catch (CharacterCodingException e) {
      throw new ReadException(name, "not UTF-8, as JSON Lines must be", e);
    } catch (IOException e) {
      throw new ReadException(name, "cannot be read (" + e + ")", e);
    }
    if (count == 0) {
      throw new ReadException(name, "no article in it (JSON Lines with a \"text\" field)");
    }
  }

  /**
   * One article from one JSON object (a line of the file, or a body posted to the server).
   *
   * @param source what to call it in errors and in the store
   * @throws ReadException when it is not a JSON object with a "text", or is too large
   */
  public RawDocument parse(String source, String line) throws ReadException {
    if (line.length() > limits.maxBytes()) {
      throw new ReadException(source, "line too large: more than " + limits.maxBytes() + " chars");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ReadException(source, "not JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (node == null || !node.isObject()) {
      throw new ReadException(source, "not a JSON object");
    }
    String text = field(node, "text");
    if (text == null || TextFileReader.isBlank(text)) {
      throw new ReadException(source, "no \"text\"");
    }
    return new RawDocument(
        source,
        TextFileReader.normalizeLineEndings(text),
        new DocumentMetadata(
            field(node, "url"),
            field(node, "title"),
            field(node, "publisher"),
            PublishedDate.isoDate(field(node, "published")),
            authors(node)));
  }

  /** {@code "authors": ["A", "B"]}, or {@code "author": "A, B"}. */
  private static java.util.List<String> authors(JsonNode node) {
    JsonNode list = node.get("authors");
    if (list != null && list.isArray()) {
      java.util.List<String> names = new java.util.ArrayList<>();
      list.forEach(n -> names.addAll(DocumentMetadata.byline(n.isValueNode() ? n.asText() : null)));
      return names;
    }
    return DocumentMetadata.byline(field(node, "author"));
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }
}
