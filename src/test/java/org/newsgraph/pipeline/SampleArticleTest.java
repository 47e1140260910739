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

  private static org.newsgraph.model.Quote quoting(String words) {
    return record.quotes().stream()
        .filter(q -> q.text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote with " + words));
  }

  @Test
  void everyStatementHasItsSpeaker() {
    assertThat(quoting("not concerned about").speaker().name()).isEqualTo("White House");
    assertThat(quoting("let him speak").speaker().name()).isEqualTo("Karoline Leavitt");
    assertThat(quoting("had not spoken with Putin").speaker().name()).isEqualTo("Karoline Leavitt");
    assertThat(quoting("used Thursday's call").speaker().name()).isEqualTo("Kremlin");
    assertThat(quoting("both leaders restated").speaker().name()).isEqualTo("Kremlin");
    assertThat(quoting("a criminal act").speaker().name()).isEqualTo("Venezuelan government");
    assertThat(quoting("never about migration").speaker().name())
        .isEqualTo("Venezuelan government");
    assertThat(quoting("always about our natural").speaker().name())
        .isEqualTo("Venezuelan government");
    assertThat(quoting("executed a seizure warrant").speaker().name()).isEqualTo("Pam Bondi");
    assertThat(quoting("largely symbolic").speaker().name()).isEqualTo("Regional analysts");
    assertThat(quoting("neither government appears").speaker().name())
        .isEqualTo("Fernando Reyes Matta");
  }

  @Test
  void theAnalystQuotedByBbcMundoHasItAsVia() {
    var q =
        record.quotes().stream()
            .filter(x -> x.text().equals("has little time left"))
            .findFirst()
            .orElseThrow();
    assertThat(q.kind()).isEqualTo("partial");
    assertThat(q.speaker().name()).isEqualTo("Fernando Reyes Matta");
    assertThat(q.via().name()).isEqualTo("BBC Mundo");
  }

  @Test
  void theEmbeddedExchangeIsRelayedByThePostsAuthor() {
    var question = quoting("Is this concerning to the president");
    assertThat(question.speaker().name()).isEqualTo("reporter");
    assertThat(question.via().name()).isEqualTo("The Bulwark");
  }

  @Test
  void oneDayAfterTheSeizureIsTheDayOfTheCall() {
    assertThat(record.dates())
        .anySatisfy(
            d -> {
              assertThat(d.text()).startsWith("one day after");
              assertThat(d.value()).isEqualTo("2025-12-11");
            });
  }
}
