package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MinHash signatures: copies of a story score high and share a band; other stories do not. */
class MinHashTest {
  static final String STORY =
      "Norway imposed new sanctions on Belarus on Tuesday, freezing the assets of three state"
          + " banks after talks on a detained fishing crew collapsed. The foreign ministry in Oslo"
          + " said the measures would stay in place until the crew of eleven was allowed to go"
          + " home. Officials in Minsk did not answer requests for comment on Tuesday evening.";

  static final String OTHER =
      "Farmers in Keldor asked the government for emergency aid on Monday after a third dry"
          + " summer. Agriculture minister Paul Sato said the request would be answered within a"
          + " week, and that reserves of grain would last until the spring.";

  @Test
  void aCopyWithAnotherBylineAndFooterScoresAboveTheThresholdAndSharesABand() {
    int[] a = MinHash.signature("By Mara Lind, Valley Post\n" + STORY);
    int[] b = MinHash.signature(STORY + "\nEditing by Ruth Carver. Read more at Example Wire.");

    assertThat(MinHash.similarity(a, b)).isGreaterThan(StoryIndex.THRESHOLD);
    assertThat(MinHash.bands(a)).containsAnyOf(MinHash.bands(b));
  }

  @Test
  void anotherStoryScoresNearZeroAndSharesNoBand() {
    int[] a = MinHash.signature(STORY);
    int[] b = MinHash.signature(OTHER);

    assertThat(MinHash.similarity(a, b)).isLessThan(0.1);
    assertThat(MinHash.bands(a)).doesNotContain(MinHash.bands(b));
  }

  @Test
  void caseAndPunctuationDoNotMatterAndSignaturesSurviveStorage() {
    int[] a = MinHash.signature(STORY);

    assertThat(MinHash.signature(STORY.toUpperCase(java.util.Locale.ROOT).replace(",", "")))
        .isEqualTo(a);
    assertThat(MinHash.fromBytes(MinHash.toBytes(a))).isEqualTo(a);
    assertThat(MinHash.signature("  ")).isEmpty();
    assertThat(MinHash.bands(MinHash.signature("  "))).isEmpty();
  }
}
