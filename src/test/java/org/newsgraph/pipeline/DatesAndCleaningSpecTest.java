package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.testing.Pipelines;

/** Relative dates and cleaning, through the whole pipeline. */
class DatesAndCleaningSpecTest {
  @Test
  void weekdayResolvesToTheLatestOneOnOrBeforePublication() {
    AnalysisRecord r = Pipelines.fixture("metonym-kremlin.txt", "2025-03-06");
    assertThat(r.dates())
        .anySatisfy(
            d -> {
              assertThat(d.text()).isEqualTo("Tuesday");
              assertThat(d.value()).isEqualTo("2025-03-04");
            });
  }

  @Test
  void copyrightAndEmbedResidueLeaveTheBodyAndTheEmbedDatesTheArticle() {
    AnalysisRecord r = Pipelines.fixture("copyright-and-embed.txt", null);
    assertThat(r.article().text()).doesNotContain("©", "pic.twitter.com", "@exampledesk");
    assertThat(r.article().removed()).extracting(x -> x.kind()).contains("copyright", "embed");
    assertThat(r.article().embeds())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.author()).isEqualTo("Example Desk");
              assertThat(e.handle()).isEqualTo("@exampledesk");
              assertThat(e.date()).isEqualTo("2031-03-03");
            });
    assertThat(r.article().published()).isEqualTo("2031-03-03");
    assertThat(r.article().publishedSource()).isEqualTo("embed");
  }

  @Test
  void aTimexSuTimeComposesOutOfWordOrderIsLeftOutAndTheArticleStillAnalyzed() {
    // SUTime read "Monday after a two-week" as "two-week INTERSECT Monday", ending before it
    // began; the article used to fail on it.
    AnalysisRecord r =
        Pipelines.analyze(
            "FAIRVIEW, W.Va. - Miners returned to work on Monday after a two-week strike.",
            "2031-04-04");
    assertThat(r.dates()).allSatisfy(d -> assertThat(d.text()).isNotEmpty());
    assertThat(r.places()).extracting(p -> p.country()).contains("USA");
  }
}
