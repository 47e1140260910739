package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PolNeAR's BRAT standoff read into gold attributions. */
class BratReaderTest {
  static Path miniCompartment() throws URISyntaxException {
    return Path.of(BratReaderTest.class.getResource("/eval/polnear-mini/dev").toURI());
  }

  private static List<GoldAttribution> rally() throws Exception {
    List<GoldArticle> articles = GoldReader.read(miniCompartment());
    assertThat(articles).extracting(GoldArticle::name).containsExactly("rally");
    return articles.get(0).attributions();
  }

  @Test
  void bratAttributionWithDiscontinuousContentIsJoined() throws Exception {
    GoldAttribution quote = rally().get(0);
    assertThat(quote.content()).isEqualTo("The economy is broken, and I will fix it.");
    assertThat(quote.source()).isEqualTo("the candidate");
    assertThat(quote.cue()).isEqualTo("said");
    assertThat(quote.kind()).isEqualTo(Kinds.DIRECT);
  }

  @Test
  void rolesAreReadInAnyOrderAndCueMayBeMissing() throws Exception {
    List<GoldAttribution> gold = rally();
    assertThat(gold)
        .extracting(GoldAttribution::source)
        .containsExactly("the candidate", "Aides", "She");
    GoldAttribution belief = gold.get(2);
    assertThat(belief.cue()).isNull();
    assertThat(belief.content()).isEqualTo("a second debate");
  }

  @Test
  void attributionInTheTitleLineIsLeftOutAndCounted() throws Exception {
    GoldArticle rally = GoldReader.read(miniCompartment()).get(0);
    assertThat(rally.titleAttributions()).isEqualTo(1);
    assertThat(rally.attributions()).noneMatch(a -> a.content().contains("Rally Drew Crowd"));
  }

  @Test
  void publicationDateComesFromMetadataBesideTheCompartment() throws Exception {
    assertThat(GoldReader.read(miniCompartment()).get(0).published()).isEqualTo("2016-10-03");
  }

  @Test
  void offsetsCountingCodePointsAreRecognized() {
    // The emoji is two UTF-16 units but one code point: the offsets below count code points.
    String text = "Fans 😀 cheered.\n\nOfficials said the game was delayed.";
    String ann =
        "T1\tSource "
            + codePoints(text, "Officials")
            + "\tOfficials\n"
            + "T2\tContent "
            + codePoints(text, "the game was delayed")
            + "\tthe game was delayed\n"
            + "E1\tContent:T2 Source:T1\n";
    GoldAttribution a = BratReader.read("fans", text, ann, null).attributions().get(0);
    assertThat(a.source()).isEqualTo("Officials");
    assertThat(text.substring(a.contentStart(), a.contentEnd())).isEqualTo("the game was delayed");
  }

  /** "start end" of a phrase, counted in code points. */
  private static String codePoints(String text, String phrase) {
    int at = text.indexOf(phrase);
    int start = text.codePointCount(0, at);
    return start + " " + (start + phrase.codePointCount(0, phrase.length()));
  }

  @Test
  void spanAcrossALineBreakMayBeGivenOnlyUpToTheBreak() {
    String text = "He said the plan works.\n\nIt will pass, he said.";
    String ann = "T1\tContent 8 37\tthe plan works.\nE1\tContent:T1\n";
    GoldAttribution a = BratReader.read("para", text, ann, null).attributions().get(0);
    assertThat(a.content()).isEqualTo("the plan works.\n\nIt will pass");
  }

  @Test
  void spanTextWithALineBreakInTheFileIsJoinedToItsLine() {
    String text = "3.\n\nThe number of candidates, the paper reported.";
    String ann =
        "T1\tContent 0 2;4 28\t3.\n\nThe number of candidates\nT2\tCue 40 48\treported\n"
            + "E1\tContent:T1 Cue:T2\n";
    GoldAttribution a = BratReader.read("multi", text, ann, null).attributions().get(0);
    assertThat(a.content()).isEqualTo("3. The number of candidates");
    assertThat(a.cue()).isEqualTo("reported");
  }

  @Test
  void offsetsMatchingNeitherUnitFailLoudly() {
    String text = "Officials said the game was delayed.";
    String ann = "T1\tContent 0 9\tthe game\nE1\tContent:T1\n";
    assertThatThrownBy(() -> BratReader.read("bad", text, ann, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.ann")
        .hasMessageContaining("T1");
  }

  @Test
  void kindFollowsTheQuotationMarksAroundTheContent() {
    String text = "He called it “a disgrace” and said “we will leave now.” She said they stay.";
    assertThat(kindOf(text, "we will leave now.")).isEqualTo(Kinds.DIRECT);
    assertThat(kindOf(text, "it “a disgrace”")).isEqualTo(Kinds.PARTIAL);
    assertThat(kindOf(text, "they stay")).isEqualTo(Kinds.INDIRECT);
  }

  @Test
  void twoApostrophesAreQuotationMarks() {
    String text = "''We will win,'' he said, calling it ''a sure thing.''";
    assertThat(kindOf(text, "We will win,")).isEqualTo(Kinds.DIRECT);
    assertThat(kindOf(text, "it ''a sure thing.''")).isEqualTo(Kinds.PARTIAL);
  }

  @Test
  void quotationOpenAtParagraphEndRunsToIt() {
    String text = "“We will fight on,\n\n“and we will win,” she said.";
    assertThat(kindOf(text, "We will fight on,")).isEqualTo(Kinds.DIRECT);
  }

  @Test
  void fragmentsListedOutOfTextOrderAreVerifiedAsListedAndJoinedInTextOrder() {
    String text = "The plan works, he said, for now.";
    String ann = "T1\tContent 25 32;0 15\tfor now The plan works,\nE1\tContent:T1\n";
    GoldAttribution a = BratReader.read("order", text, ann, null).attributions().get(0);
    assertThat(a.content()).isEqualTo("The plan works, for now");
    assertThat(a.contentStart()).isZero();
    assertThat(a.contentEnd()).isEqualTo(32);
  }

  private static String kindOf(String text, String content) {
    int s = text.indexOf(content);
    return Kinds.of(text, List.of(new int[] {s, s + content.length()}));
  }
}
