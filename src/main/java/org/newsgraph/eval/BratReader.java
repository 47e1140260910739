package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads PolNeAR's attributions: BRAT standoff files beside the article texts.
 *
 * <p>A compartment directory holds {@code text/NAME.txt} and {@code attributions/NAME.ann}. In an
 * {@code .ann} file, T-lines are spans ({@code T3<TAB>Content 115 290;300 310<TAB>text}) and
 * E-lines tie them into one attribution ({@code E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1},
 * roles in any order, Source and Cue optional). Other lines are ignored.
 *
 * <p>Offsets may count code points or UTF-16 units: the unit is the one under which every span's
 * text equals the file's; when neither does, reading fails with the first mismatch.
 */
public final class BratReader {
  /** The unit offsets count. */
  enum Unit {
    UTF16,
    CODE_POINTS
  }

  private record Span(String type, List<int[]> fragments, String text) {}

  private BratReader() {}

  /**
   * Every article of a compartment, in name order. Publication dates come from {@code metadata.tsv}
   * in the compartment's parent directory, when there is one.
   */
  public static List<GoldArticle> readCompartment(Path dir) throws IOException {
    Path texts = dir.resolve("text");
    Path anns = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IOException(dir + ": not a PolNeAR compartment (no text/ and attributions/)");
    }
    Map<String, String> dates = publicationDates(dir.toAbsolutePath().getParent());
    List<Path> files;
    try (Stream<Path> s = Files.list(texts)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<GoldArticle> out = new ArrayList<>();
    for (Path txt : files) {
      String file = txt.getFileName().toString();
      String name = file.substring(0, file.length() - ".txt".length());
      Path ann = annotation(anns, name);
      if (ann == null) {
        continue;
      }
      out.add(
          read(
              name,
              Files.readString(txt, StandardCharsets.UTF_8),
              Files.readString(ann, StandardCharsets.UTF_8),
              dates.get(name)));
    }
    if (out.isEmpty()) {
      throw new IOException(dir + ": no article has both text/NAME.txt and attributions/NAME.ann");
    }
    return out;
  }

  /**
   * The annotation of an article: {@code NAME.ann}, or as PolNeAR names them {@code
   * NAME_ANNOTATOR.ann}; when several annotators did the article, the first in name order.
   */
  static Path annotation(Path anns, String name) throws IOException {
    Path exact = anns.resolve(name + ".ann");
    if (Files.exists(exact)) {
      return exact;
    }
    try (Stream<Path> s = Files.list(anns)) {
      return s.filter(
              p -> {
                String f = p.getFileName().toString();
                return f.startsWith(name + "_")
                    && f.endsWith(".ann")
                    && f.substring(name.length() + 1, f.length() - 4).matches("[0-9a-z]+");
              })
          .sorted()
          .findFirst()
          .orElse(null);
    }
  }

  /** One article from its text and the content of its {@code .ann} file. */
  public static GoldArticle read(String name, String text, String ann, String published) {
    Map<String, Span> spans = new HashMap<>();
    List<Map<String, String>> relations = new ArrayList<>();
    List<String> lines = joinContinuations(ann);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.startsWith("T")) {
        spans.put(line.split("\t", 2)[0], span(name, n + 1, line));
      } else if (line.startsWith("E")) {
        relations.add(roles(name, n + 1, line));
      }
    }
    Unit unit = unit(name, text, spans);
    int titleEnd = titleEnd(text);
    List<GoldAttribution> out = new ArrayList<>();
    int inTitle = 0;
    for (Map<String, String> roles : relations) {
      Span content = spans.get(roles.get("Content"));
      if (content == null) {
        continue; // an attribution without content has nothing to match
      }
      List<int[]> frags = new ArrayList<>();
      StringBuilder joined = new StringBuilder();
      List<int[]> inOrder = new ArrayList<>(content.fragments());
      inOrder.sort(java.util.Comparator.comparingInt(f -> f[0]));
      for (int[] f : inOrder) {
        int[] u = utf16(text, f, unit);
        frags.add(u);
        joined.append(joined.length() > 0 ? " " : "").append(text, u[0], u[1]);
      }
      int start = frags.get(0)[0];
      int end = frags.get(frags.size() - 1)[1];
      if (end <= titleEnd) {
        inTitle++;
        continue;
      }
      String source = textOf(text, spans.get(roles.get("Source")), unit);
      String cue = textOf(text, spans.get(roles.get("Cue")), unit);
      out.add(
          new GoldAttribution(
              joined.toString(),
              start,
              end,
              source,
              cue,
              Kinds.of(text, frags),
              Words.isName(source),
              null));
    }
    out.sort(java.util.Comparator.comparingInt(GoldAttribution::contentStart));
    return new GoldArticle(name, text, published, out, inTitle);
  }

  /**
   * The lines of an annotation file, a span's text that runs over a line break joined back to its
   * T-line: a line that does not start with an annotation id ({@code T12<TAB>}) continues the one
   * before. Line numbers in messages count joined lines.
   */
  static List<String> joinContinuations(String ann) {
    List<String> out = new ArrayList<>();
    for (String line : ann.split("\r?\n", -1)) {
      if (!out.isEmpty() && !ANNOTATION_ID.matcher(line).lookingAt()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + "\n" + line);
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern ANNOTATION_ID =
      java.util.regex.Pattern.compile("[TERAMN#]\\d*\t");

  /**
   * The end of the title line: the first line when a blank line follows it, as the pipeline reads
   * it; 0 when the text has no title.
   */
  static int titleEnd(String text) {
    int nl = text.indexOf('\n');
    if (nl < 0) {
      return 0;
    }
    int next = text.indexOf('\n', nl + 1);
    String second = next < 0 ? text.substring(nl + 1) : text.substring(nl + 1, next);
    return second.isBlank() ? nl : 0;
  }

  private static Span span(String file, int lineNo, String line) {
    String[] cols = line.split("\t", -1);
    if (cols.length < 3) {
      throw new IllegalArgumentException(file + ".ann:" + lineNo + ": not a T-line: " + line);
    }
    int sp = cols[1].indexOf(' ');
    if (sp < 0) {
      throw new IllegalArgumentException(file + ".ann:" + lineNo + ": no offsets: " + line);
    }
    List<int[]> frags = new ArrayList<>();
    try {
      for (String frag : cols[1].substring(sp + 1).split(";")) {
        String[] se = frag.strip().split(" ");
        int s = Integer.parseInt(se[0]);
        int e = Integer.parseInt(se[1]);
        if (s < 0 || e < s) {
          throw new IllegalArgumentException(
              file + ".ann:" + lineNo + ": bad span [" + s + ", " + e + ")");
        }
        frags.add(new int[] {s, e});
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(file + ".ann:" + lineNo + ": bad offsets: " + line, e);
    }
    // Fragments stay in file order: the span's text joins them in that order, not the text's.
    return new Span(cols[1].substring(0, sp), frags, cols[2]);
  }

  private static Map<String, String> roles(String file, int lineNo, String line) {
    String[] cols = line.split("\t", -1);
    Map<String, String> out = new HashMap<>();
    if (cols.length < 2) {
      throw new IllegalArgumentException(file + ".ann:" + lineNo + ": not an E-line: " + line);
    }
    for (String arg : cols[1].strip().split("\\s+")) {
      int colon = arg.indexOf(':');
      if (colon > 0) {
        out.put(arg.substring(0, colon), arg.substring(colon + 1));
      }
    }
    return out;
  }

  /** The unit under which every span's text matches the article text. */
  static Unit unit(String file, String text, Map<String, Span> spans) {
    String utf16 = firstMismatch(text, spans, Unit.UTF16);
    if (utf16 == null) {
      return Unit.UTF16;
    }
    String cp = firstMismatch(text, spans, Unit.CODE_POINTS);
    if (cp == null) {
      return Unit.CODE_POINTS;
    }
    throw new IllegalArgumentException(
        file
            + ".ann: span texts match the article neither as UTF-16 offsets ("
            + utf16
            + ") nor as code points ("
            + cp
            + ")");
  }

  private static String firstMismatch(String text, Map<String, Span> spans, Unit unit) {
    int limit = unit == Unit.UTF16 ? text.length() : text.codePointCount(0, text.length());
    for (Map.Entry<String, Span> e : spans.entrySet()) {
      StringBuilder got = new StringBuilder();
      for (int[] f : e.getValue().fragments()) {
        if (f[1] > limit) {
          return e.getKey() + " ends at " + f[1] + " past the text's " + limit;
        }
        int[] u = utf16(text, f, unit);
        got.append(got.length() > 0 ? " " : "").append(text, u[0], u[1]);
      }
      if (!sameText(got.toString(), e.getValue().text())) {
        return e.getKey() + " reads '" + got + "', the file says '" + e.getValue().text() + "'";
      }
    }
    return null;
  }

  /**
   * Whether a span read from the article is the text the file gives for it, whitespace aside. A
   * span across a line break may be given only up to the break, as some annotation files do.
   */
  private static boolean sameText(String read, String given) {
    String r = squeeze(read);
    String g = squeeze(given);
    return r.equals(g) || (read.indexOf('\n') >= 0 && !g.isEmpty() && r.startsWith(g));
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static int[] utf16(String text, int[] f, Unit unit) {
    if (unit == Unit.UTF16) {
      return f;
    }
    int s = text.offsetByCodePoints(0, f[0]);
    return new int[] {s, text.offsetByCodePoints(s, f[1] - f[0])};
  }

  private static String textOf(String text, Span span, Unit unit) {
    if (span == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int[] f : span.fragments()) {
      int[] u = utf16(text, f, unit);
      out.append(out.length() > 0 ? " " : "").append(text, u[0], u[1]);
    }
    return out.toString();
  }

  /** filename → publication_date from a PolNeAR metadata.tsv, or an empty map. */
  static Map<String, String> publicationDates(Path dataDir) throws IOException {
    Map<String, String> out = new HashMap<>();
    Path tsv = dataDir == null ? null : dataDir.resolve("metadata.tsv");
    if (tsv == null || !Files.exists(tsv)) {
      return out;
    }
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return out;
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int file = header.indexOf("filename");
    int date = header.indexOf("publication_date");
    if (file < 0 || date < 0) {
      return out;
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      if (cols.length > Math.max(file, date) && cols[date].matches("\\d{4}-\\d{2}-\\d{2}")) {
        out.put(cols[file], cols[date]);
      }
    }
    return out;
  }
}
