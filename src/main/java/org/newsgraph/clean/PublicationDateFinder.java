package org.newsgraph.clean;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Embed;
import org.newsgraph.model.Removed;
import org.newsgraph.pipeline.Stage;

/**
 * Dates an undated article from what it says itself: a dateline at the start of the body
 * ("WASHINGTON, Dec. 11 (Reuters) -", "December 11, 2025 —", "Published: 2025-12-11"), else the
 * latest date among its embeds. An article that already has a date is returned as it is.
 *
 * <p>A dateline without a year takes the year of the copyright notice cleaning removed, else of the
 * latest embed; with neither, the dateline is not used. The dateline patterns live in {@code
 * clean/datelines.tsv}. Thread-safe.
 */
public final class PublicationDateFinder implements Stage<Article, Article> {
  /** How many leading lines of the body are searched for a dateline: 3. */
  public static final int DATELINE_LINES = 3;

  /** The default dateline file on the classpath. */
  public static final String DATELINES_RESOURCE = "/clean/datelines.tsv";

  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  private final List<Pattern> datelines;

  /** A finder with the datelines shipped in the project's resources. */
  public PublicationDateFinder() {
    this(PatternFile.load(DATELINES_RESOURCE, 2));
  }

  private PublicationDateFinder(List<PatternFile.Row> rows) {
    this.datelines =
        rows.stream()
            .map(
                row -> {
                  row.requireGroup(0, "month");
                  row.requireGroup(0, "day");
                  return row.pattern(0);
                })
            .toList();
  }

  /**
   * A finder with dateline rules from a data file's text (regex, why per line).
   *
   * @throws IllegalArgumentException naming file:line for a malformed entry
   */
  public static PublicationDateFinder parse(String name, String text) {
    return new PublicationDateFinder(PatternFile.parse(name, text, 2));
  }

  @Override
  public Article apply(Article article) {
    Objects.requireNonNull(article, "article");
    if (article.published() != null) {
      return article;
    }
    String latestEmbed = latestEmbedDate(article.embeds());
    String dateline = dateline(article, latestEmbed);
    if (dateline != null) {
      return article.withPublished(dateline, "dateline");
    }
    if (latestEmbed != null) {
      return article.withPublished(latestEmbed, "embed");
    }
    return article;
  }

  private String dateline(Article article, String latestEmbed) {
    String[] lines = article.text().split("\n", DATELINE_LINES + 1);
    for (int i = 0; i < Math.min(lines.length, DATELINE_LINES); i++) {
      for (Pattern p : datelines) {
        Matcher m = p.matcher(lines[i]);
        if (m.find()) {
          String year = group(m, "year");
          if (year == null) {
            year = impliedYear(article.removed(), latestEmbed);
          }
          String date = DateText.iso(year, m.group("month"), m.group("day"));
          if (date != null) {
            return date;
          }
        }
      }
    }
    return null;
  }

  /** The group's text, or null when the pattern lacks the group or it matched nothing. */
  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }

  private static String impliedYear(List<Removed> removed, String latestEmbed) {
    for (Removed r : removed) {
      if (r.kind().equals("copyright")) {
        Matcher y = YEAR.matcher(r.text());
        if (y.find()) {
          return y.group();
        }
      }
    }
    return latestEmbed == null ? null : latestEmbed.substring(0, 4);
  }

  private static String latestEmbedDate(List<Embed> embeds) {
    String latest = null;
    for (Embed e : embeds) {
      if (e.date() != null && (latest == null || e.date().compareTo(latest) > 0)) {
        latest = e.date();
      }
    }
    return latest;
  }
}
