package org.newsgraph.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rule files read into tables, and a line that does not fit named with its file and number. */
class RuleFileTest {
  @Test
  void wordsAreSortedByTheKindTheirLineNames() {
    var kinds = RuleFile.kinds("/quote/cue-order.tsv", "inverts", "object");
    assertThat(kinds.get("inverts")).contains("say").doesNotContain("tell");
    assertThat(kinds.get("object")).contains("tell");
  }

  @Test
  void aLineOfAKindNotAskedForIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> RuleFile.kinds("/quote/cue-order.tsv", "inverts"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/quote/cue-order.tsv:")
        .hasMessageContaining("tell");
  }
}
