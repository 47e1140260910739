package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the project's own gold format: one JSON file per article, {@code NAME.json}.
 *
 * <pre>{@code
 * {"text": "...", "published": "2031-04-02" or null,
 *  "quotes": [{"kind": "direct", "text": "...", "speaker": "the minister",
 *              "speakerIsName": false, "cue": "said", "via": null}]}
 * }</pre>
 *
 * Quote texts are located by searching the article text, each from where the previous one was
 * found, so gold files can be written by hand without offsets; a text not in the article fails with
 * the file and the quote's number. {@code speakerIsName} may be left out: the rule of {@link
 * Words#isName} decides then.
 */
public final class GoldJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoldJson() {}

  /** One gold file, or every {@code .json} file of a directory in name order. */
  public static List<GoldArticle> read(Path path) throws IOException {
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      if (files.isEmpty()) {
        throw new IOException(path + ": no .json gold files and no PolNeAR text/ + attributions/");
      }
    } else {
      files = List.of(path);
    }
    List<GoldArticle> out = new ArrayList<>();
    for (Path f : files) {
      String file = f.getFileName().toString();
      String name = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
      out.add(parse(name, Files.readString(f)));
    }
    return out;
  }

  /** One article from its gold JSON. */
  public static GoldArticle parse(String name, String json) throws IOException {
    JsonNode root = MAPPER.readTree(json);
    String text = string(root, "text");
    if (text == null) {
      throw new IOException(name + ": gold JSON has no \"text\"");
    }
    List<GoldAttribution> out = new ArrayList<>();
    int from = 0;
    int n = 0;
    for (JsonNode q : root.path("quotes")) {
      n++;
      String content = string(q, "text");
      if (content == null || content.isBlank()) {
        throw new IOException(name + ": quote " + n + " has no \"text\"");
      }
      int at = text.indexOf(content, from);
      if (at < 0) {
        at = text.indexOf(content);
      }
      if (at < 0) {
        throw new IOException(name + ": quote " + n + " is not in the text: " + content);
      }
      from = at;
      String speaker = string(q, "speaker");
      JsonNode isName = q.get("speakerIsName");
      try {
        out.add(
            new GoldAttribution(
                content,
                at,
                at + content.length(),
                speaker,
                string(q, "cue"),
                string(q, "kind"),
                isName != null && isName.isBoolean() ? isName.asBoolean() : Words.isName(speaker),
                string(q, "via")));
      } catch (IllegalArgumentException e) {
        throw new IOException(name + ": quote " + n + ": " + e.getMessage(), e);
      }
    }
    return new GoldArticle(name, text, string(root, "published"), out, 0);
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
