package org.newsgraph.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A tab-separated data file of patterns: one entry a line, {@code #} starts a comment line, blank
 * lines are skipped. Every error names the file and line.
 */
final class PatternFile {
  /** One entry: its fields, and where it stood. */
  record Row(String file, int line, List<String> fields) {
    String where() {
      return file + ":" + line;
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(where() + ": " + message);
    }

    /**
     * Compiles the field as a regex; a bad one fails with file:line. Only {@code \n} ends a line
     * for the pattern ({@link Pattern#UNIX_LINES}), so {@code .} and {@code $} behave the same on
     * every line the cleaner hands it.
     */
    Pattern pattern(int field) {
      String regex = fields.get(field);
      try {
        return Pattern.compile(regex, Pattern.UNIX_LINES);
      } catch (PatternSyntaxException e) {
        throw error("bad regex: " + e.getDescription() + " in " + regex);
      }
    }

    /** Fails unless the pattern declares the named group. */
    void requireGroup(int field, String group) {
      if (!fields.get(field).contains("(?<" + group + ">")) {
        throw error("the pattern has no named group (?<" + group + ">...)");
      }
    }
  }

  private PatternFile() {}

  /** The rows of a classpath resource, each with exactly {@code columns} fields. */
  static List<Row> load(String resource, int columns) {
    try (InputStream in = PatternFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The rows of a file's text, each with exactly {@code columns} non-empty fields. */
  static List<Row> parse(String file, String text, int columns) {
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Row row = new Row(file, i + 1, Arrays.asList(line.split("\t", -1)));
      if (row.fields().size() != columns) {
        throw row.error(
            "expected " + columns + " tab-separated fields, found " + row.fields().size());
      }
      for (int f = 0; f < columns; f++) {
        if (row.fields().get(f).isBlank()) {
          throw row.error("field " + (f + 1) + " is empty");
        }
      }
      rows.add(row);
    }
    return List.copyOf(rows);
  }
}
