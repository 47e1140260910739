package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Matching predictions to gold by content words, and the figures from the matches. */
class QuoteScorerTest {
  private static final String TEXT =
      "Title\n\nThe minister said the talks had stalled. “We will not sign,” Okafor said.";

  private static GoldAttribution gold(String content, String source, String kind, String cue) {
    int at = TEXT.indexOf(content);
    return new GoldAttribution(
        content, at, at + content.length(), source, cue, kind, Words.isName(source), null);
  }

  private static final GoldAttribution STALLED =
      gold("the talks had stalled", "The minister", Kinds.INDIRECT, "said");
  private static final GoldAttribution SIGN =
      gold("We will not sign,", "Okafor", Kinds.DIRECT, "said");
  private static final GoldArticle ARTICLE =
      new GoldArticle("talks", TEXT, null, List.of(STALLED, SIGN), 0);

  private static PredictedQuote pred(String kind, String text, String speaker, String... aliases) {
    return new PredictedQuote(kind, text, speaker, Set.of(aliases), "said");
  }

  private static Evaluation evaluate(List<PredictedQuote> predictions) {
    return new Evaluation("test", List.of(QuoteScorer.score(ARTICLE, predictions)), 0);
  }

  @Test
  void aNestedGoldAttributionIsPairedByItsCue() {
    // "According to the Post, Okafor said ..." holds the same words twice: the prediction cued by
    // "said" is the inner attribution, not the outer one that comes first.
    GoldAttribution post = gold("We will not sign,", "The Post", Kinds.DIRECT, "according to");
    GoldArticle nested = new GoldArticle("nested", TEXT, null, List.of(post, SIGN), 0);
    QuoteScorer.ArticleResult r =
        QuoteScorer.score(nested, List.of(pred(Kinds.DIRECT, "We will not sign", "Okafor")));
    assertThat(r.matchOf(SIGN)).isNotNull();
    assertThat(r.matchOf(SIGN).speakerRight()).isTrue();
    assertThat(r.matchOf(post)).isNull();
  }

  @Test
  void aPredictionPairsWithTheGoldOfItsOwnCueBeforeABetterOverlappingOne() {
    // The belief's two words lie inside the prediction and overlap it fully; the statement cued by
    // "said" overlaps it by half, but it is the statement the prediction extracted.
    String text =
        "Port\n\nAid workers praised the port deal, which Mensah said would lift exports by a"
            + " third within two years.";
    GoldAttribution praised = at(text, "the port deal", "Aid workers", "praised");
    GoldAttribution said =
        at(text, "would lift exports by a third within two years", "Mensah", "said");
    GoldArticle article = new GoldArticle("port", text, null, List.of(praised, said), 0);
    PredictedQuote p = pred(Kinds.INDIRECT, "the port deal would lift exports", "Mensah");
    assertThat(QuoteScorer.overlap(praised.content(), p.text()))
        .isGreaterThan(QuoteScorer.overlap(said.content(), p.text()));
    QuoteScorer.ArticleResult r = QuoteScorer.score(article, List.of(p));
    assertThat(r.matchOf(said)).isNotNull();
    assertThat(r.matchOf(said).speakerRight()).isTrue();
    assertThat(r.matchOf(praised)).isNull();
  }

  private static GoldAttribution at(String text, String content, String source, String cue) {
    int at = text.indexOf(content);
    return new GoldAttribution(
        content, at, at + content.length(), source, cue, Kinds.INDIRECT, true, null);
  }

  @Test
  void contentOverlapMatchesDespiteShiftedOffsets() {
    // The record's text lost the title and its quotes carry other offsets: only words count.
    QuoteScorer.ArticleResult r =
        QuoteScorer.score(
            ARTICLE, List.of(pred(Kinds.INDIRECT, "talks had stalled.", "Maria Okafor")));
    assertThat(r.matches()).hasSize(1);
    assertThat(r.matches().get(0).gold()).isSameAs(STALLED);
  }

  @Test
  void overlapCountsSharedContentWordsOverTheShorterSide() {
    assertThat(
            QuoteScorer.overlap("the talks had stalled", "The talks, he said, had stalled badly"))
        .isEqualTo(1.0);
    assertThat(QuoteScorer.overlap("the talks had stalled", "the budget had grown")).isZero();
  }

  @Test
  void sharedFunctionWordsAloneDoNotMatch() {
    QuoteScorer.ArticleResult r =
        QuoteScorer.score(ARTICLE, List.of(pred(Kinds.PARTIAL, "the", "Okafor")));
    assertThat(r.matches()).isEmpty();
  }

  @Test
  void perfectPredictionScoresOne() {
    Evaluation e =
        evaluate(
            List.of(
                pred(Kinds.INDIRECT, "the talks had stalled", "The minister"),
                pred(Kinds.DIRECT, "We will not sign,", "Okafor")));
    Counts all = e.all();
    assertThat(all.precision()).isEqualTo(1.0);
    assertThat(all.recall()).isEqualTo(1.0);
    assertThat(all.f1()).isEqualTo(1.0);
    assertThat(all.speakerF1()).isEqualTo(1.0);
    assertThat(e.kind(Kinds.DIRECT, false).f1()).isEqualTo(1.0);
    assertThat(e.kindAgreement()).containsExactly(2, 2);
  }

  @Test
  void missingSpeakerCountsAsDetectedButNotAttributed() {
    Evaluation e = evaluate(List.of(pred(Kinds.DIRECT, "We will not sign", null)));
    Counts all = e.all();
    assertThat(all.foundGold()).isEqualTo(1);
    assertThat(all.precision()).isEqualTo(1.0);
    assertThat(all.recall()).isEqualTo(0.5);
    assertThat(all.rightGold()).isZero();
    assertThat(e.namedSources()).containsExactly(1, 0);
  }

  @Test
  void spuriousPredictionLowersPrecisionOnly() {
    Evaluation e =
        evaluate(
            List.of(
                pred(Kinds.DIRECT, "We will not sign", "Okafor"),
                pred(Kinds.INDIRECT, "the weather was fine", "Okafor")));
    assertThat(e.all().precision()).isEqualTo(0.5);
    assertThat(e.all().recall()).isEqualTo(0.5);
  }

  @Test
  void secondHalfOfASplitQuotationIsAFalsePositiveCountedAsSplit() {
    GoldAttribution whole =
        new GoldAttribution(
            "We will not sign. The terms are unfair.",
            0,
            39,
            "Okafor",
            "said",
            Kinds.DIRECT,
            true,
            null);
    GoldArticle a = new GoldArticle("split", whole.content(), null, List.of(whole), 0);
    Evaluation e =
        new Evaluation(
            "test",
            List.of(
                QuoteScorer.score(
                    a,
                    List.of(
                        pred(Kinds.DIRECT, "We will not sign.", "Okafor"),
                        pred(Kinds.DIRECT, "The terms are unfair.", "Okafor")))),
            0);
    assertThat(e.all().precision()).isEqualTo(0.5);
    assertThat(e.splitQuotes()).containsExactly(1, 1);
  }

  @Test
  void tableShowsADashForAShareOverNothing() {
    // Only direct predictions: precision of indirect is over nothing, not 0%.
    String table =
        EvalReport.table(evaluate(List.of(pred(Kinds.DIRECT, "We will not sign", "Okafor"))));
    assertThat(table).containsPattern("indirect detection +1 +0 +0 +0 +- +0\\.0% +-");
  }

  @Test
  void matchingIsOneToOneByBestOverlap() {
    // Both predictions overlap the indirect quote; the closer one takes it, the other is spurious.
    QuoteScorer.ArticleResult r =
        QuoteScorer.score(
            ARTICLE,
            List.of(
                pred(Kinds.INDIRECT, "talks stalled while budget debates continued", "x"),
                pred(Kinds.INDIRECT, "the talks had stalled", "x")));
    assertThat(r.matches()).hasSize(1);
    assertThat(r.matches().get(0).predicted().text()).isEqualTo("the talks had stalled");
  }

  @Test
  void kindSlicesCompareGoldAndPredictionsOfThatKind() {
    // The direct quote found as partial: recall of direct counts it, precision of partial too.
    Evaluation e = evaluate(List.of(pred(Kinds.PARTIAL, "will not sign", "Okafor")));
    assertThat(e.kind(Kinds.DIRECT, false).recall()).isEqualTo(1.0);
    assertThat(e.kind(Kinds.DIRECT, false).predicted()).isZero();
    assertThat(e.kind(Kinds.PARTIAL, false).precision()).isEqualTo(1.0);
    assertThat(e.kindAgreement()).containsExactly(1, 0);
  }

  @Test
  void beliefsAreLeftOutOfTheVerbOfSayingSlice() {
    GoldAttribution belief =
        gold("the talks had stalled", "The minister", Kinds.INDIRECT, "thinks");
    GoldArticle a = new GoldArticle("belief", TEXT, null, List.of(belief, SIGN), 0);
    Evaluation e =
        new Evaluation(
            "test",
            List.of(
                QuoteScorer.score(
                    a,
                    List.of(
                        pred(Kinds.INDIRECT, "the talks had stalled", "The minister"),
                        pred(Kinds.DIRECT, "We will not sign,", "Okafor")))),
            0);
    Counts speech = e.speech();
    assertThat(speech.gold()).isEqualTo(1);
    assertThat(speech.predicted()).isEqualTo(1);
    assertThat(speech.f1()).isEqualTo(1.0);
  }

  @Test
  void aWrongSpeakerMissNamesTheCueThePredictionWasFor() {
    // A wrong speaker is often another attribution's prediction: the line shows both cues.
    PredictedQuote told =
        new PredictedQuote(Kinds.DIRECT, "We will not sign", "Mensah", Set.of(), "told");
    List<String> misses = EvalReport.misses(evaluate(List.of(told)));
    assertThat(misses)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("SPK talks [direct/say/name]")
                    .contains("gold speaker: Okafor | predicted: Mensah")
                    .endsWith("cue: said | predicted cue: told"));
  }
}
