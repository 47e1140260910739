package org.newsgraph.eval;

/**
 * Counts for one slice of an evaluation, and the figures from them.
 *
 * @param gold gold attributions in the slice
 * @param predicted predictions in the slice
 * @param foundGold gold attributions in the slice that a prediction matched
 * @param foundPredicted predictions in the slice that matched a gold attribution
 * @param rightGold of {@code foundGold}, those whose match has the right speaker
 * @param rightPredicted of {@code foundPredicted}, those with the right speaker
 */
public record Counts(
    int gold, int predicted, int foundGold, int foundPredicted, int rightGold, int rightPredicted) {
  /** Detection precision: matched predictions over predictions. */
  public double precision() {
    return ratio(foundPredicted, predicted);
  }

  /** Detection recall: matched gold over gold. */
  public double recall() {
    return ratio(foundGold, gold);
  }

  public double f1() {
    return f1(precision(), recall());
  }

  /** Precision counting only matches with the right speaker. */
  public double speakerPrecision() {
    return ratio(rightPredicted, predicted);
  }

  /** Recall counting only matches with the right speaker. */
  public double speakerRecall() {
    return ratio(rightGold, gold);
  }

  public double speakerF1() {
    return f1(speakerPrecision(), speakerRecall());
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
