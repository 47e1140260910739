package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Embed;
import org.newsgraph.model.Removed;
import org.newsgraph.read.RawDocument;
import org.newsgraph.read.TextFileReader;
import org.newsgraph.testing.SharedData;

/** Real articles from the shared data directory, read and cleaned; skipped where it is absent. */
class SharedArticlesTest {
  private static final TextFileReader READER = new TextFileReader();
  private static final ArticleCleaner CLEANER = new ArticleCleaner();
  private static final PublicationDateFinder FINDER = new PublicationDateFinder();

  private static Article readAndClean(Path file) throws Exception {
    List<RawDocument> docs = new ArrayList<>();
    READER.read(file, docs::add);
    assertThat(docs).hasSize(1);
    return FINDER.apply(CLEANER.apply(docs.get(0)));
  }

  @Test
  void sampleArticleLosesCopyrightAndTweetResidueAndKeepsTheEmbed() throws Exception {
    Optional<Path> sample = SharedData.find("samples/000_f48f75ccd9ae9169.txt");
    assumeTrue(sample.isPresent(), "shared sample article not present");

    Article a = readAndClean(sample.get());

    assertThat(a.title()).isNull();
    assertThat(a.text()).doesNotContain("©").doesNotContain("pic.twitter.com");
    assertThat(a.removed()).extracting(Removed::text).anyMatch(t -> t.startsWith("©"));
    assertThat(a.removed())
        .extracting(Removed::text)
        .anyMatch(t -> t.startsWith("pic.twitter.com/"));
    assertThat(a.embeds()).hasSize(1);
    Embed embed = a.embeds().get(0);
    assertThat(embed.platform()).isEqualTo("x");
    assertThat(embed.author()).isEqualTo("The Bulwark");
    assertThat(embed.handle()).isEqualTo("@BulwarkOnline");
    assertThat(embed.date()).isEqualTo("2025-12-11");
    assertThat(a.published()).isEqualTo("2025-12-11");
    assertThat(a.publishedSource()).isEqualTo("embed");
  }

  @Test
  void polnearTextsAreReadWithTitlesAndCleanedWithoutLeftovers() throws Exception {
    Optional<Path> polnear = SharedData.find("data/polnear");
    assumeTrue(polnear.isPresent(), "PolNeAR not present");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(polnear.get())) {
      files =
          walk.filter(p -> p.getParent().getFileName().toString().equals("text"))
              .filter(p -> p.toString().endsWith(".txt"))
              .sorted()
              .toList();
    }
    assumeTrue(!files.isEmpty(), "no PolNeAR texts");

    for (Path file : files) {
      Article a = readAndClean(file);
      assertThat(a.title()).as("title of %s", file).isNotBlank();
      assertThat(a.text()).as(file.toString()).isNotBlank().doesNotContain("\n\n");
      for (Removed r : a.removed()) {
        assertThat(a.text()).as("%s: %s", file, r).doesNotContain(r.text());
      }
    }
  }
}
