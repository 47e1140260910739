package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a predicted speaker counts as the gold source. */
class SpeakersTest {
  private static GoldAttribution source(String source) {
    return new GoldAttribution(
        "we will win", 0, 11, source, "said", Kinds.DIRECT, Words.isName(source), null);
  }

  private static boolean right(String gold, String predicted, String... aliases) {
    return Speakers.right(
        source(gold),
        new PredictedQuote(Kinds.DIRECT, "we will win", predicted, Set.of(aliases), null));
  }

  @Test
  void speakerMatchIgnoresCaseAndTitle() {
    assertThat(right("Mr. Trump", "Donald TRUMP")).isTrue();
    assertThat(right("Secretary Clinton", "Hillary Clinton")).isTrue();
    assertThat(right("Trump’s", "Donald Trump")).isTrue();
  }

  @Test
  void aSurnameThatIsAlsoAFunctionWordStillNamesItsBearer() {
    assertThat(right("Will", "George Will")).isTrue();
    assertThat(right("Theresa May", "May")).isTrue();
    assertThat(right("Will", "Wilma Grant")).isFalse();
    assertThat(right("Ana Ruiz of The Post", "The Daily Ledger")).isFalse();
  }

  @Test
  void accentsAreFolded() {
    assertThat(right("José Peña", "Jose Pena")).isTrue();
  }

  @Test
  void sharedTitleIsNotTheSameSpeaker() {
    assertThat(right("Secretary Clinton", "Secretary John Kerry")).isFalse();
    assertThat(right("the spokeswoman", "spokeswoman Hope Hicks")).isFalse();
  }

  @Test
  void anAcronymNamesWhatItsLettersSpellOut() {
    assertThat(right("the F.B.I.", "Federal Bureau of Investigation")).isTrue();
    assertThat(right("Federal Bureau of Investigation", "FBI")).isTrue();
    assertThat(right("the F.B.I.", "Federal Aviation Administration")).isFalse();
    assertThat(right("the F.B.I.", "Bureau")).isFalse();
  }

  @Test
  void aSurnameThatIsAlsoAFunctionWordStillNamesTheSpeaker() {
    assertThat(right("Will", "George Will")).isTrue();
    assertThat(right("Will", "Will")).isTrue();
    assertThat(right("Will", "Kasich")).isFalse();
    assertThat(right("Mr. Ruiz of The Ledger", "The Post")).isFalse();
  }

  @Test
  void sourceThatIsOnlyATitleKeepsIt() {
    assertThat(right("the minister", "The Minister")).isTrue();
  }

  @Test
  void pronounSourceIsRightWhenThePredictedEntityIsAlsoCalledSo() {
    assertThat(right("he", "Paul Ryan", "Paul Ryan", "Ryan", "he")).isTrue();
    assertThat(right("he", "Paul Ryan", "Paul Ryan", "Ryan")).isFalse();
    assertThat(right("the speaker", "Paul Ryan", "Paul Ryan", "The Speaker")).isTrue();
  }

  @Test
  void aNamedSourceIsRightWhenThePredictedEntityIsAlsoCalledSo() {
    assertThat(right("Democrats", "Democratic Party", "Democratic Party", "Democrats")).isTrue();
    assertThat(right("the Fed", "Federal Reserve", "Federal Reserve", "the Fed")).isTrue();
    assertThat(right("Democrats", "Democratic Party", "Democratic Party")).isFalse();
    assertThat(right("Republicans", "Democratic Party", "Democratic Party", "Democrats")).isFalse();
  }

  @Test
  void unresolvedPronounIsRightForTheSamePronoun() {
    assertThat(right("They", "they")).isTrue();
    assertThat(right("they", "she")).isFalse();
  }

  @Test
  void missingPredictedSpeakerIsNeverRight() {
    assertThat(right("Trump", null)).isFalse();
  }
}
