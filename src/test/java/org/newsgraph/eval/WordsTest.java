package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names, cues and words as the scorer sees them. */
class WordsTest {
  @Test
  void pronounSourceIsAPronounAlone() {
    assertThat(Words.isPronoun("He")).isTrue();
    assertThat(Words.isPronoun(" who ")).isTrue();
    assertThat(Words.isPronoun("he and his allies")).isFalse();
    assertThat(Words.isPronoun(null)).isFalse();
  }

  @Test
  void nameIsACapitalizedHeadThatIsNoPronoun() {
    assertThat(Words.isName("Trump")).isTrue();
    assertThat(Words.isName("The New York Post")).isTrue();
    assertThat(Words.isName("spokeswoman Hope Hicks")).isTrue();
    assertThat(Words.isName("Clinton’s")).isTrue();
    assertThat(Words.isName("Sanders, who spoke in Iowa")).isTrue();
    assertThat(Words.isName("He")).isFalse();
    assertThat(Words.isName("officials")).isFalse();
    assertThat(Words.isName("the spokeswoman")).isFalse();
    assertThat(Words.isName("White House officials")).isFalse();
    assertThat(Words.isName(null)).isFalse();
  }

  @Test
  void aDescriptionWithANamedPlaceOrOutletIsNoName() {
    assertThat(Words.isName("The senator from Ohio")).isFalse();
    assertThat(Words.isName("a spokeswoman for Okafor")).isFalse();
    assertThat(Words.isName("a report in the Harbor Ledger")).isFalse();
    assertThat(Words.isName("Ana Ruiz of the Daily Ledger")).isTrue();
    assertThat(Words.isName("Maria Lopez of Grace Church in Ames")).isTrue();
    assertThat(Words.isName("Secretary of State John Kerry")).isTrue();
  }

  @Test
  void speechCueIsAVerbOfSayingInAnyForm() {
    assertThat(Words.isSpeechCue("said")).isTrue();
    assertThat(Words.isSpeechCue("told")).isTrue();
    assertThat(Words.isSpeechCue("has warned")).isTrue();
    assertThat(Words.isSpeechCue("According to")).isTrue();
    assertThat(Words.isSpeechCue("believes")).isFalse();
    assertThat(Words.isSpeechCue("wants")).isFalse();
    assertThat(Words.isSpeechCue(null)).isFalse();
  }

  @Test
  void wordsFoldCaseAccentsAndPunctuation() {
    assertThat(Words.words("“Peña’s plan,” he said."))
        .containsExactly("pena", "s", "plan", "he", "said");
    assertThat(Words.contentWords("the plan")).containsExactly("plan");
  }
}
