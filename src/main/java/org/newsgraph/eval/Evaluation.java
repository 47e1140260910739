package org.newsgraph.eval;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The scored articles of one run, sliced for the report.
 *
 * <p>A slice is a test on gold attributions and one on predictions (which also sees the gold
 * attribution the prediction matched, or null). Recall counts over the gold in the slice, precision
 * over the predictions in it. Slicing by kind takes gold of that kind and predictions of that kind,
 * so a gold direct quote found as partial counts for recall of direct and against neither
 * precision. The verb-of-saying slice takes gold whose cue is a verb of saying, and predictions
 * that matched such gold or matched nothing: a prediction that found a belief ("he thinks") counts
 * neither for nor against it.
 */
public final class Evaluation {
  private final String system;
  private final List<QuoteScorer.ArticleResult> articles;
  private final int titleAttributions;

  public Evaluation(
      String system, List<QuoteScorer.ArticleResult> articles, int titleAttributions) {
    this.system = system;
    this.articles = List.copyOf(articles);
    this.titleAttributions = titleAttributions;
  }

  /** What made the predictions: "newsgraph" or a baseline's name. */
  public String system() {
    return system;
  }

  public List<QuoteScorer.ArticleResult> articles() {
    return articles;
  }

  /** Gold attributions left out because they lie in a title line. */
  public int titleAttributions() {
    return titleAttributions;
  }

  /** Every gold attribution and every prediction. */
  public Counts all() {
    return count(g -> true, (p, g) -> true);
  }

  /** Gold of one kind against predictions of that kind. */
  public Counts kind(String kind, boolean speechOnly) {
    Predicate<GoldAttribution> gold = g -> g.kind().equals(kind);
    BiPredicate<PredictedQuote, GoldAttribution> pred = (p, g) -> p.kind().equals(kind);
    return speechOnly ? count(gold.and(SPEECH), pred.and(SPEECH_PRED)) : count(gold, pred);
  }

  /** Gold whose cue is a verb of saying, against predictions that matched such gold or none. */
  public Counts speech() {
    return count(SPEECH, SPEECH_PRED);
  }

  private static final Predicate<GoldAttribution> SPEECH = g -> Words.isSpeechCue(g.cue());
  private static final BiPredicate<PredictedQuote, GoldAttribution> SPEECH_PRED =
      (p, g) -> g == null || Words.isSpeechCue(g.cue());

  /** Matches whose gold source is a name: [matched, with the right speaker]. */
  public int[] namedSources() {
    return sources(GoldAttribution::sourceIsName);
  }

  /**
   * Matches whose gold source is a pronoun ("he", "who"), right only when the system bound that
   * pronoun to its speaker: [matched, with the right speaker].
   */
  public int[] pronounSources() {
    return sources(g -> Words.isPronoun(g.source()));
  }

  private int[] sources(Predicate<GoldAttribution> which) {
    int matched = 0;
    int right = 0;
    for (QuoteScorer.ArticleResult a : articles) {
      for (QuoteScorer.Match m : a.matches()) {
        if (which.test(m.gold())) {
          matched++;
          right += m.speakerRight() ? 1 : 0;
        }
      }
    }
    return new int[] {matched, right};
  }

  /**
   * Unmatched predictions that lie inside a gold content another prediction matched: a quotation
   * the system split where the gold keeps it whole ("X," she said, "Y."). [unmatched, split].
   */
  public int[] splitQuotes() {
    int unmatched = 0;
    int split = 0;
    for (QuoteScorer.ArticleResult a : articles) {
      for (PredictedQuote p : a.predicted()) {
        if (a.matchOf(p) != null) {
          continue;
        }
        unmatched++;
        for (QuoteScorer.Match m : a.matches()) {
          if (QuoteScorer.overlap(m.gold().content(), p.text()) >= QuoteScorer.MIN_OVERLAP) {
            split++;
            break;
          }
        }
      }
    }
    return new int[] {unmatched, split};
  }

  /** Matches whose predicted kind equals the gold kind: [matched, same kind]. */
  public int[] kindAgreement() {
    int matched = 0;
    int same = 0;
    for (QuoteScorer.ArticleResult a : articles) {
      for (QuoteScorer.Match m : a.matches()) {
        matched++;
        same += m.gold().kind().equals(m.predicted().kind()) ? 1 : 0;
      }
    }
    return new int[] {matched, same};
  }

  /** Counts over one slice. */
  public Counts count(
      Predicate<GoldAttribution> goldTest, BiPredicate<PredictedQuote, GoldAttribution> predTest) {
    int gold = 0;
    int predicted = 0;
    int foundGold = 0;
    int foundPredicted = 0;
    int rightGold = 0;
    int rightPredicted = 0;
    for (QuoteScorer.ArticleResult a : articles) {
      for (GoldAttribution g : a.gold()) {
        if (goldTest.test(g)) {
          gold++;
          QuoteScorer.Match m = a.matchOf(g);
          if (m != null) {
            foundGold++;
            rightGold += m.speakerRight() ? 1 : 0;
          }
        }
      }
      for (PredictedQuote p : a.predicted()) {
        QuoteScorer.Match m = a.matchOf(p);
        if (predTest.test(p, m == null ? null : m.gold())) {
          predicted++;
          if (m != null) {
            foundPredicted++;
            rightPredicted += m.speakerRight() ? 1 : 0;
          }
        }
      }
    }
    return new Counts(gold, predicted, foundGold, foundPredicted, rightGold, rightPredicted);
  }
}
