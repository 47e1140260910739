package org.newsgraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newsgraph.clean.ArticleCleaner;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Article;

/**
 * Records for the store benchmark: many variants of a few analyzed articles, so the store can be
 * timed at tens of thousands of articles without analyzing them all. Of each ten variants, eight
 * are new articles (paragraphs drawn at random from all the samples, so their words are real and
 * their shingles their own), one is a near-duplicate of the new article before it (its last
 * paragraph dropped, an editor's line added) and one is an exact duplicate of it. Each carries the
 * quotes and events of the sample it is based on, and a publication date spread over a year.
 */
public final class RecordVariants {
  /** What a variant is, for checking how the store grouped it. */
  public enum Kind {
    NEW,
    NEAR_DUPLICATE,
    EXACT_DUPLICATE
  }

  /** One variant and what it is a variant of. */
  public record Variant(AnalysisRecord record, Kind kind, String copyOf) {}

  private final List<AnalysisRecord> samples;
  private final List<String> paragraphs = new ArrayList<>();
  private final Random random = new Random(42);
  private AnalysisRecord lastNew;
  private int n;

  /** Variants of these analyzed records. */
  public RecordVariants(List<AnalysisRecord> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no sample records to vary");
    }
    this.samples = List.copyOf(samples);
    for (AnalysisRecord r : samples) {
      for (String p : r.article().text().split("\n")) {
        if (p.split(" ").length >= 8) {
          paragraphs.add(p);
        }
      }
    }
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("the samples have no paragraph of eight words or more");
    }
  }

  /** The next variant. */
  public Variant next() {
    int i = n++;
    if (lastNew != null && i % 10 == 9) {
      return new Variant(lastNew, Kind.EXACT_DUPLICATE, lastNew.article().id());
    }
    if (lastNew != null && i % 10 == 8) {
      String text = lastNew.article().text();
      int cut = text.lastIndexOf('\n', text.length() - 2);
      String near =
          (cut > text.length() / 2 ? text.substring(0, cut) : text)
              + "\nEditing by Desk Editor "
              + i
              + ".";
      return new Variant(with(lastNew, near, i), Kind.NEAR_DUPLICATE, lastNew.article().id());
    }
    AnalysisRecord base = samples.get(i % samples.size());
    int count = Math.max(3, Math.min(30, base.article().text().split("\n").length));
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < count; k++) {
      text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
    }
    lastNew = with(base, text.toString(), i);
    return new Variant(lastNew, Kind.NEW, null);
  }

  private static AnalysisRecord with(AnalysisRecord base, String text, int i) {
    Article a = base.article();
    String published = LocalDate.of(2031, 1, 1).plusDays(i % 365).toString();
    Article varied =
        new Article(
            ArticleCleaner.sha256(text),
            a.url() == null ? null : a.url() + "?v=" + i,
            a.title(),
            a.publisher() != null ? a.publisher() : "Outlet " + (i % 40),
            published,
            a.publishedSource(),
            a.language(),
            text,
            a.removed(),
            a.embeds(),
            a.authors());
    return new AnalysisRecord(
        base.schema(),
        varied,
        base.entities(),
        base.quotes(),
        base.events(),
        base.dates(),
        base.places());
  }
}
