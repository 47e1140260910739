package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches predicted quotes to gold attributions by their words, since predicted and gold offsets
 * point into different texts (the pipeline strips the title and normalizes whitespace).
 *
 * <p>Overlap of two contents: the number of content words (case and accents folded, punctuation and
 * function words dropped) they share, divided by the number in the smaller of the two. A pair is a
 * candidate from {@value #MIN_OVERLAP}; candidates are paired one to one, those naming the same cue
 * first, then best overlap, then the pair closer in size (shared words over all words of both),
 * then the earlier gold and prediction. The cue comes first because PolNeAR nests and overlaps
 * attributions: "according to the Post" around a quotation with its own "said", or a belief whose
 * few words ("praised the port deal") sit inside another's statement and so overlap it fully; the
 * gold with the prediction's own cue is the same statement.
 */
public final class QuoteScorer {
  /** The least overlap at which a prediction matches a gold attribution. */
  public static final double MIN_OVERLAP = 0.5;

  /** A gold attribution and the prediction paired with it. */
  public record Match(
      GoldAttribution gold, PredictedQuote predicted, double overlap, boolean speakerRight) {}

  /** One article scored. */
  public record ArticleResult(
      String article,
      List<GoldAttribution> gold,
      List<PredictedQuote> predicted,
      List<Match> matches) {
    public ArticleResult {
      gold = List.copyOf(gold);
      predicted = List.copyOf(predicted);
      matches = List.copyOf(matches);
    }

    /** The match of a gold attribution, or null when it was missed. */
    public Match matchOf(GoldAttribution g) {
      return matches.stream().filter(m -> m.gold() == g).findFirst().orElse(null);
    }

    /** The match of a prediction, or null when it matches no gold attribution. */
    public Match matchOf(PredictedQuote p) {
      return matches.stream().filter(m -> m.predicted() == p).findFirst().orElse(null);
    }
  }

  private QuoteScorer() {}

  /** The overlap of two contents, from 0 to 1. */
  public static double overlap(String gold, String predicted) {
    Set<String> g = Words.contentWords(gold);
    Set<String> p = Words.contentWords(predicted);
    if (g.isEmpty() || p.isEmpty()) {
      return 0;
    }
    return (double) shared(g, p) / Math.min(g.size(), p.size());
  }

  /** Shared content words over all content words of both (Jaccard): the tie-breaker. */
  static double closeness(String gold, String predicted) {
    Set<String> g = Words.contentWords(gold);
    Set<String> p = Words.contentWords(predicted);
    int shared = shared(g, p);
    int union = g.size() + p.size() - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  private static int shared(Set<String> a, Set<String> b) {
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared.size();
  }

  /** Whether two cues share a word of three letters or more ("said" and "said on Friday"). */
  static boolean sameCue(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return false;
    }
    Set<String> g = cueWords(gold);
    g.retainAll(cueWords(predicted));
    return !g.isEmpty();
  }

  private static Set<String> cueWords(String cue) {
    Set<String> out = new HashSet<>();
    for (String w : cue.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 2) {
        out.add(w);
      }
    }
    return out;
  }

  /** Scores one article's predictions against its gold attributions. */
  public static ArticleResult score(GoldArticle article, List<PredictedQuote> predicted) {
    List<GoldAttribution> gold = article.attributions();
    record Candidate(int g, int p, double overlap, boolean sameCue, double closeness) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < predicted.size(); j++) {
        double o = overlap(gold.get(i).content(), predicted.get(j).text());
        if (o >= MIN_OVERLAP) {
          candidates.add(
              new Candidate(
                  i,
                  j,
                  o,
                  sameCue(gold.get(i).cue(), predicted.get(j).cue()),
                  closeness(gold.get(i).content(), predicted.get(j).text())));
        }
      }
    }
    candidates.sort(
        Comparator.comparing(Candidate::sameCue)
            .thenComparingDouble(Candidate::overlap)
            .thenComparingDouble(Candidate::closeness)
            .reversed()
            .thenComparingInt(Candidate::g)
            .thenComparingInt(Candidate::p));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[predicted.size()];
    List<Match> matches = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldUsed[c.g()] && !predUsed[c.p()]) {
        goldUsed[c.g()] = true;
        predUsed[c.p()] = true;
        GoldAttribution g = gold.get(c.g());
        PredictedQuote p = predicted.get(c.p());
        matches.add(new Match(g, p, c.overlap(), Speakers.right(g, p)));
      }
    }
    return new ArticleResult(article.name(), gold, predicted, matches);
  }
}
