package org.newsgraph.nlp;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.model.Article;

/**
 * A directory of NLP results, one gzipped JSON file per article text, so that re-running the
 * extractors over a corpus (after a lexicon or rule change) skips CoreNLP, which is nearly all of
 * the analysis time.
 *
 * <p>An entry is keyed by the text, the publication date (SUTime resolves "Thursday" against it)
 * and a fingerprint of everything else the result depends on: the NLP settings, CoreNLP (some of
 * its classes' bytes and its model files' sizes) and the bytes of this package's classes and word
 * lists. A change to any of them misses every old entry instead of serving stale parses. An
 * unreadable entry is a miss, not an error.
 */
public final class ParseCache {
  /** Bumped when the stored form changes. */
  private static final String FORMAT = "1";

  /** What the annotator reads besides the settings: its own code and word lists. */
  private static final List<String> CODE =
      List.of(
          "CoreNlpAnnotator.class",
          "TemporalCues.class",
          "NlpSettings.class",
          "Token.class",
          "Sentence.class",
          "Dependency.class",
          "NameSpan.class",
          "TimeExpression.class",
          "/nlp/temporal-cues.txt");

  /** CoreNLP classes whose bytes change with its version. */
  private static final List<String> CORENLP_CODE =
      List.of(
          "/edu/stanford/nlp/pipeline/StanfordCoreNLP.class",
          "/edu/stanford/nlp/parser/nndep/DependencyParser.class",
          "/edu/stanford/nlp/time/TimeAnnotator.class");

  private static final String DEPENDENCY_MODEL = DependencyParser.DEFAULT_MODEL;

  // Records only: "isNoun()" and the like are not stored properties.
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
          .build();

  /** What is stored of a parse: everything but the article, which the caller has. */
  record Entry(List<Sentence> sentences, List<NameSpan> names, List<TimeExpression> times) {}

  private final Path dir;
  private final String fingerprint;

  private ParseCache(Path dir, String fingerprint) {
    this.dir = dir;
    this.fingerprint = fingerprint;
  }

  /**
   * The cache in {@code dir} for results made with these settings; creates the directory.
   *
   * @throws UncheckedIOException when the directory cannot be created
   */
  public static ParseCache in(Path dir, NlpSettings settings) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("parse cache " + dir + ": cannot create it: " + e, e);
    }
    return new ParseCache(dir, fingerprint(settings));
  }

  /** The stored parse of the article's text, or empty. */
  public Optional<ParsedArticle> get(Article article) {
    Path file = fileOf(article);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      Entry e = JSON.readValue(in, Entry.class);
      return Optional.of(new ParsedArticle(article, e.sentences(), e.names(), e.times()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // none yet, or a truncated or foreign file: parse and overwrite it
    }
  }

  /** Stores a parse; a failure to write leaves the cache as it was and is not an error. */
  public void put(ParsedArticle parsed) {
    Path file = fileOf(parsed.article());
    Path tmp = null;
    try {
      // A name of its own: two processes may share the directory and write the same entry.
      tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        JSON.writeValue(out, new Entry(parsed.sentences(), parsed.names(), parsed.times()));
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        if (tmp != null) {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException ignored) {
        // nothing more to undo
      }
    }
  }

  private Path fileOf(Article article) {
    String key =
        sha256(
            fingerprint
                + '\u0000'
                + (article.published() == null ? "" : article.published())
                + '\u0000'
                + article.text());
    return dir.resolve(key + ".json.gz");
  }

  static String fingerprint(NlpSettings settings) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((FORMAT + '\u0000' + settings + '\u0000').getBytes(StandardCharsets.UTF_8));
      // CoreNLP's own version: in the packaged jar its manifest is gone, so some of its classes'
      // bytes and the size of each model file stand for it.
      for (String name : CORENLP_CODE) {
        md.update(bytesOf(name));
      }
      for (String model : List.of(settings.nerModel(), DEPENDENCY_MODEL)) {
        URL url = ParseCache.class.getClassLoader().getResource(model);
        long size = url == null ? -1 : url.openConnection().getContentLengthLong();
        md.update((model + '=' + size + '\u0000').getBytes(StandardCharsets.UTF_8));
      }
      for (String name : CODE) {
        md.update(bytesOf(name));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytesOf(String resource) throws IOException {
    try (InputStream in = ParseCache.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("parse cache: " + resource + " is not on the class path");
      }
      return in.readAllBytes();
    }
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
