package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Entity;
import org.newsgraph.testing.Pipelines;
import org.newsgraph.testing.SharedData;

/**
 * The real article Newsgraph must read perfectly ({@code ../shared/samples}), checked against what
 * its reader can see; skipped where the article is not present.
 */
class SampleArticleTest {
  private static AnalysisRecord record;

  @BeforeAll
  static void analyze() throws IOException {
    Path sample = SharedData.require("samples/000_f48f75ccd9ae9169.txt");
    record = Pipelines.analyze(Files.readString(sample), "2025-12-11");
  }

  private static Entity named(String name) {
    return record.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name));
  }

  @Test
  void copyrightAndTweetResidueAreRemovedAndListed() {
    assertThat(record.article().text()).doesNotContain("©", "pic.twitter.com", "@BulwarkOnline");
    assertThat(record.article().removed()).extracting(r -> r.kind()).contains("copyright", "embed");
  }

  @Test
  void theEmbeddedPostKeepsAuthorHandleAndDate() {
    assertThat(record.article().embeds())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.author()).isEqualTo("The Bulwark");
              assertThat(e.handle()).isEqualTo("@BulwarkOnline");
              assertThat(e.date()).isEqualTo("2025-12-11");
            });
  }

  @Test
  void peopleHaveTheirTitlesAndActorCodes() {
    assertThat(named("Karoline Leavitt").actor().code()).isEqualTo("USAGOV");
    assertThat(named("Karoline Leavitt").title()).isEqualTo("White House press secretary");
    assertThat(named("Vladimir Putin").actor().code()).isEqualTo("RUSGOV");
    assertThat(named("Nicolás Maduro").actor().code()).isEqualTo("VENGOV");
    assertThat(named("Donald Trump").actor().code()).isEqualTo("USAGOV");
    assertThat(named("Pam Bondi").actor().country()).isEqualTo("USA");
    assertThat(named("Pam Bondi").title()).isEqualTo("Attorney General");
  }

  @Test
  void metonymsSpeakForTheirGovernments() {
    assertThat(named("Kremlin").actor().code()).isEqualTo("RUSGOV");
    assertThat(named("White House").actor().code()).isEqualTo("USAGOV");
    assertThat(named("Moscow").actor().code()).isEqualTo("RUSGOV");
  }

  @Test
  void everyPersonOrganizationAndPlaceIsAnEntity() {
    assertThat(record.entities())
        .extracting(Entity::name)
        .contains(
            "Donald Trump",
            "Nicolás Maduro",
            "Vladimir Putin",
            "Karoline Leavitt",
            "Pam Bondi",
            "Fernando Reyes Matta",
            "White House",
            "Kremlin",
            "BBC Mundo",
            "Universidad Andrés Bello",
            "Moscow",
            "Caracas",
            "Washington",
            "Venezuela",
            "Iran",
            "Caribbean",
            "Russia",
            "China",
            "Ukraine",
            "United States");
    assertThat(named("Universidad Andrés Bello").type()).isEqualTo("ORGANIZATION");
  }

  @Test
  void theVenezuelanLeaderIsMaduro() {
    assertThat(named("Nicolás Maduro").mentions())
        .extracting(m -> m.text())
        .contains("Maduro", "the Venezuelan leader");
  }

  @Test
  void thursdayIsThePublicationDay() {
    assertThat(record.dates())
        .anySatisfy(
            d -> {
              assertThat(d.text()).isEqualTo("Thursday");
              assertThat(d.value()).isEqualTo("2025-12-11");
            });
  }

  @Test
  void leavittIsTheSpeakerOfHerAnswer() {
    assertThat(record.quotes())
        .filteredOn(q -> q.text().startsWith("I don't think that would be concerning"))
        .hasSize(2)
        .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Karoline Leavitt"));
  }

  @Test
  void embraceIsAScareQuoteNotAQuotation() {
    assertThat(record.quotes()).noneMatch(q -> q.text().equals("embrace"));
  }
}
