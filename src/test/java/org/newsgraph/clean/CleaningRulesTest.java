package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CleaningRulesTest {
  private static final String EMBEDS = "x\t(?<author>a)(?<handle>b)(?<date>c)?\tok\n";

  @Test
  void defaultRulesLoad() {
    CleaningRules rules = CleaningRules.defaults();

    assertThat(rules.boilerplate()).isNotEmpty();
    assertThat(rules.embeds()).extracting(CleaningRules.EmbedRule::platform).contains("x");
  }

  @Test
  void badRegexFailsWithFileAndLine() {
    assertThatThrownBy(
            () ->
                CleaningRules.parse(
                    "b.tsv", "# comment\n\ncopyright\t(unclosed\tbroken on purpose\n", "e", EMBEDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("b.tsv:3: bad regex");
  }

  @Test
  void unknownKindFailsWithFileAndLine() {
    assertThatThrownBy(() -> CleaningRules.parse("b.tsv", "footer\tx\twhy\n", "e", EMBEDS))
        .hasMessageStartingWith("b.tsv:1: unknown kind 'footer'");
  }

  @Test
  void missingFieldFailsWithFileAndLine() {
    assertThatThrownBy(() -> CleaningRules.parse("b.tsv", "share\t^Share$\n", "e", EMBEDS))
        .hasMessageStartingWith("b.tsv:1: expected 3 tab-separated fields");
  }

  @Test
  void embedRuleWithoutHandleGroupFailsWithFileAndLine() {
    assertThatThrownBy(
            () -> CleaningRules.parse("b", "", "e.tsv", "x\t(?<author>a)(?<date>c)\twhy\n"))
        .hasMessageStartingWith("e.tsv:1: the pattern has no named group (?<handle>");
  }
}
