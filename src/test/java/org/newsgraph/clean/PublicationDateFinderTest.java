package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.RawDocument;

class PublicationDateFinderTest {
  private static final ArticleCleaner CLEANER = new ArticleCleaner();
  private static final PublicationDateFinder FINDER = new PublicationDateFinder();

  private static Article dated(String text) {
    return FINDER.apply(CLEANER.apply(new RawDocument("test", text, DocumentMetadata.NONE)));
  }

  @Test
  void datelineGivesPublicationDate() {
    Article a = FINDER.apply(CLEANER.apply(Fixtures.raw("dateline.txt")));

    assertThat(a.published()).isEqualTo("2025-12-11");
    assertThat(a.publishedSource()).isEqualTo("dateline");
  }

  @Test
  void embedDateIsFallbackPublicationDate() {
    Article a = FINDER.apply(CLEANER.apply(Fixtures.raw("embed-date-fallback.txt")));

    assertThat(a.published()).isEqualTo("2031-03-02");
    assertThat(a.publishedSource()).isEqualTo("embed");
  }

  @Test
  void wireDatelineWithoutYearTakesTheCopyrightYear() {
    Article a =
        dated(
            "WASHINGTON, Dec. 11 (Reuters) - Senators met on Thursday.\n"
                + "© 2025 Example Wire. All rights reserved.\n");

    assertThat(a.published()).isEqualTo("2025-12-11");
    assertThat(a.publishedSource()).isEqualTo("dateline");
  }

  @Test
  void wireDatelineWithoutAnyYearIsNotUsed() {
    assertThat(dated("WASHINGTON, Dec. 11 (Reuters) - Senators met on Thursday.\n").published())
        .isNull();
  }

  @Test
  void publishedLineGivesPublicationDate() {
    assertThat(dated("Published: 2025-12-11\nSenators met on Thursday.\n").published())
        .isEqualTo("2025-12-11");
  }

  @Test
  void impossibleDateIsIgnored() {
    assertThat(dated("February 30, 2025 — Senators met.\n").published()).isNull();
  }

  @Test
  void alreadyDatedArticleIsLeftAlone() {
    Article given =
        CLEANER.apply(
            new RawDocument(
                "t",
                "December 11, 2025 — Senators met.\n",
                new DocumentMetadata(null, null, null, "2025-12-12")));

    assertThat(FINDER.apply(given)).isSameAs(given);
  }

  @Test
  void datelineFileWithoutDayGroupFailsWithFileAndLine() {
    assertThatThrownBy(
            () -> PublicationDateFinder.parse("d.tsv", "# c\n(?<month>\\w+) (\\d+)\tno day\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("d.tsv:2: ");
  }
}
