package org.newsgraph.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Embed;
import org.newsgraph.model.Removed;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.RawDocument;

/**
 * Cleans a raw document into an {@link Article}: cuts out copyright notices, share and subscribe
 * prompts, ad labels, related-story links and the residue of embedded social posts, listing each in
 * {@link Article#removed()}, and keeps what an embed said of itself in {@link Article#embeds()}.
 *
 * <p>The cleaned text has one paragraph per line, each ending with {@code \n}, and no blank lines:
 * the NLP layer treats every newline as a sentence break. Lines are put in Unicode NFC. Within a
 * line, whitespace runs (tabs, no-break spaces) become one space, invisible and control characters
 * are dropped, and the ends are trimmed. A line left with no letter or digit after a cut (a stray
 * quote mark) is dropped too.
 *
 * <p>The article's id is the SHA-256 of the cleaned text; its date is the metadata's, if any.
 * Thread-safe.
 */
public final class ArticleCleaner implements Stage<RawDocument, Article> {
  /** How often the rules are re-run on a line whose cuts may have joined new boilerplate: 3. */
  static final int MAX_PASSES = 3;

  /** Every Unicode line terminator ends a paragraph. */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");

  private final CleaningRules rules;

  /** A cleaner with {@link CleaningRules#defaults()}. */
  public ArticleCleaner() {
    this(CleaningRules.defaults());
  }

  public ArticleCleaner(CleaningRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public Article apply(RawDocument doc) {
    String[] lines = LINE_BREAK.split(doc.text(), -1);
    List<Removed> removed = new ArrayList<>();
    List<EmbedLinker.Signature> signatures = new ArrayList<>();
    List<EmbedLinker.Link> links = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String original = Whitespace.tidy(lines[i]);
      String line = original;
      for (int pass = 0; pass < MAX_PASSES; pass++) {
        String before = line;
        line = cutSignatures(i, text.length(), line, removed, signatures);
        line = cutBoilerplate(i, line, removed, links);
        if (line.equals(before)) {
          break;
        }
      }
      if (!line.isEmpty() && (line.equals(original) || Whitespace.hasContent(line))) {
        text.append(line).append('\n');
      }
    }
    String body = text.toString();
    DocumentMetadata meta = doc.metadata() == null ? DocumentMetadata.NONE : doc.metadata();
    return new Article(
        sha256(body),
        meta.url(),
        meta.title(),
        meta.publisher(),
        meta.published(),
        meta.published() != null ? "metadata" : null,
        "en",
        body,
        removed,
        EmbedLinker.link(signatures, links),
        meta.authors());
  }

  private String cutSignatures(
      int lineIndex,
      int offset,
      String line,
      List<Removed> removed,
      List<EmbedLinker.Signature> out) {
    for (CleaningRules.EmbedRule rule : rules.embeds()) {
      Matcher m = rule.pattern().matcher(line);
      if (m.find()) {
        removed.add(new Removed("embed", m.group().strip()));
        Embed embed =
            new Embed(
                rule.platform(),
                m.group("author").strip(),
                m.group("handle"),
                DateText.parseMonthDayYear(m.group("date")),
                null,
                offset);
        out.add(new EmbedLinker.Signature(lineIndex, embed));
        line = Whitespace.tidy(line.substring(0, m.start()) + " " + line.substring(m.end()));
      }
    }
    return line;
  }

  private String cutBoilerplate(
      int lineIndex, String line, List<Removed> removed, List<EmbedLinker.Link> links) {
    for (CleaningRules.BoilerplateRule rule : rules.boilerplate()) {
      if (line.isEmpty()) {
        break;
      }
      Matcher m = rule.pattern().matcher(line);
      if (!m.find()) {
        continue;
      }
      StringBuilder kept = new StringBuilder();
      int from = 0;
      do {
        String cut = m.group().strip();
        if (!cut.isEmpty()) {
          removed.add(new Removed(rule.kind(), cut));
          EmbedLinker.Link link = EmbedLinker.Link.of(lineIndex, cut);
          if (link != null) {
            links.add(link);
          }
        }
        kept.append(line, from, m.start()).append(' ');
        from = m.end();
      } while (m.find());
      kept.append(line, from, line.length());
      line = Whitespace.tidy(kept.toString());
    }
    return line;
  }

  /** Lowercase hex SHA-256 of the text's UTF-8 bytes. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
