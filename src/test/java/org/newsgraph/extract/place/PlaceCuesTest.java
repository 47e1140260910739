package org.newsgraph.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Token;

/** The place words of place/cues.tsv, read right before a name. */
class PlaceCuesTest {
  private static final PlaceCues CUES = PlaceCues.builtIn();

  private static List<Token> tokens(String sentence) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String w : sentence.split(" ")) {
      out.add(new Token(out.size(), w, offset, offset + w.length(), "NN", w, "O"));
      offset += w.length() + 1;
    }
    return out;
  }

  @Test
  void aPlaceWordRightBeforeTheName() {
    assertThat(CUES.before(tokens("protesters marched in Paris"), 3))
        .isEqualTo(PlaceCues.Scope.ANY);
  }

  @Test
  void theMayStandBetweenThePlaceWordAndTheName() {
    assertThat(CUES.before(tokens("warships sailed near the Caribbean"), 4))
        .isEqualTo(PlaceCues.Scope.ANY);
  }

  @Test
  void offTheCoastOfIsOneCue() {
    assertThat(CUES.before(tokens("seized a tanker off the coast of Venezuela"), 7))
        .isEqualTo(PlaceCues.Scope.ANY);
  }

  @Test
  void toCountsOnlyInsideTheEventsClause() {
    assertThat(CUES.before(tokens("sent warships to Venezuela"), 3))
        .isEqualTo(PlaceCues.Scope.CLAUSE);
  }

  @Test
  void aSubjectHasNoPlaceWord() {
    assertThat(CUES.before(tokens("Jordan said on Monday"), 0)).isNull();
    assertThat(CUES.before(tokens("talks with Russia"), 2)).isNull();
  }
}
