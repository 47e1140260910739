package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which stretches of text are inside quotation marks. */
class QuotedSpansTest {
  private static String firstQuoted(String text) {
    var spans = QuotedSpans.of(text).spans();
    assertThat(spans).isNotEmpty();
    return text.substring(spans.get(0).start(), spans.get(0).end());
  }

  @Test
  void straightAndCurlyDoubleQuotesPair() {
    assertThat(firstQuoted("He said \"we will win\" today.")).isEqualTo("we will win");
    assertThat(firstQuoted("He said “we will win” today.")).isEqualTo("we will win");
  }

  @Test
  void singleQuotesPairWhenTheyAreNotApostrophes() {
    assertThat(firstQuoted("The minister said 'we won't give in' on Monday."))
        .isEqualTo("we won't give in");
    assertThat(firstQuoted("She called it ‘a betrayal’ of voters.")).isEqualTo("a betrayal");
  }

  @Test
  void apostrophesAndPossessivesAreNotQuotes() {
    assertThat(QuotedSpans.of("The union's leaders and the workers' demands don't change.").spans())
        .isEmpty();
  }

  @Test
  void singleQuotesInsideADoubleQuotationBelongToIt() {
    assertThat(firstQuoted("\"He told me 'no', then left,\" she said."))
        .isEqualTo("He told me 'no', then left,");
  }

  @Test
  void anUnclosedQuoteEndsWithItsParagraph() {
    var spans = QuotedSpans.of("He said \"this goes on\nA new paragraph \"here\".").spans();
    assertThat(spans).hasSize(1);
  }

  @Test
  void aQuotationOverParagraphsLeavesEachOpenAndOpensTheNext() {
    var spans =
        QuotedSpans.of("“We will rebuild the port.\n“It will take two years,” she said.\n").spans();
    assertThat(spans).hasSize(2);
  }
}
