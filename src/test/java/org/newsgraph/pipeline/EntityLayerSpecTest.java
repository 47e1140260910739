package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Entity;
import org.newsgraph.testing.Pipelines;

/** Entities, titles and actor codes, read by the real pipeline from short written articles. */
class EntityLayerSpecTest {
  private static Entity named(AnalysisRecord r, String name) {
    return r.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + r.entities()));
  }

  @Test
  void kremlinAndDowningStreetSpeakForTheirGovernments() {
    AnalysisRecord r = Pipelines.fixture("metonym-kremlin.txt", "2025-03-04");
    assertThat(named(r, "Kremlin").actor().code()).isEqualTo("RUSGOV");
    assertThat(named(r, "Downing Street").actor().code()).isEqualTo("GBRGOV");
  }

  @Test
  void titleBeforeNameGivesTitleAndActorAndSurnameJoinsFullName() {
    AnalysisRecord r = Pipelines.fixture("title-before-name.txt", "2025-03-04");
    Entity gil = named(r, "Yván Gil");
    assertThat(gil.title()).isEqualTo("Venezuelan Foreign Minister");
    assertThat(gil.actor().code()).isEqualTo("VENGOV");
    assertThat(gil.mentions()).extracting(m -> m.text()).contains("Yván Gil", "Gil");
  }

  @Test
  void anOfficeOfOneCountryNamesItUnlessTheArticleQualifiesIt() {
    AnalysisRecord us =
        Pipelines.analyze(
            "Rep. Dana Whitfield, a California Democrat, urged new sanctions on Russia on Tuesday.",
            "2031-04-04");
    AnalysisRecord peru =
        Pipelines.analyze(
            "Peruvian congressman Luis Rojas criticized the mining law on Tuesday.", "2031-04-04");
    assertThat(named(us, "Dana Whitfield").actor().code())
        .as("not Russia, the nearest country named")
        .isEqualTo("USALEG");
    assertThat(named(peru, "Luis Rojas").actor().code()).isEqualTo("PERLEG");
  }

  @Test
  void aPersonIsGovernmentOnlyDuringTheTerm() {
    AnalysisRecord in2016 = Pipelines.fixture("dated-term.txt", "2016-05-01");
    AnalysisRecord in2025 = Pipelines.fixture("dated-term.txt", "2025-05-01");
    assertThat(named(in2016, "Donald Trump").actor().code()).isEqualTo("USA");
    assertThat(named(in2025, "Donald Trump").actor().code()).isEqualTo("USAGOV");
  }

  @Test
  void nationalForcesAreAMilitaryActor() {
    AnalysisRecord r = Pipelines.fixture("seizure.txt", "2025-12-11");
    assertThat(named(r, "U.S. forces").actor().code()).isEqualTo("USAMIL");
    assertThat(named(r, "Venezuelan government").actor().code()).isEqualTo("VENGOV");
  }

  @Test
  void pronounIsAMentionOfThePersonItRefersTo() {
    AnalysisRecord r = Pipelines.fixture("pronoun-speaker.txt", "2025-03-07");
    Entity lula = named(r, "Luiz Inácio Lula da Silva");
    assertThat(lula.actor().code()).isEqualTo("BRAGOV");
    assertThat(lula.mentions()).extracting(m -> m.text()).contains("Lula", "He");
  }

  @Test
  void everyMentionPointsAtItsWords() {
    AnalysisRecord r = Pipelines.fixture("pronoun-speaker.txt", "2025-03-07");
    String text = r.article().text();
    r.entities()
        .forEach(
            e ->
                e.mentions()
                    .forEach(
                        m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text())));
  }

  @Test
  void theFieldOfATitleIsNotAnOrganization() {
    AnalysisRecord r = Pipelines.fixture("description-speaker.txt", "2025-03-07");
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("Labor");
    assertThat(named(r, "Paulo Braga").title()).isEqualTo("Labor Minister");
    assertThat(named(r, "Ana Ferreira").actor().sector()).isEqualTo("GOV");
  }

  @Test
  void aDescriptionWithItsPlaceIsOneMentionOfThePerson() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Debate Night\n\nSenator Maria Delgado spoke first at the debate on Sunday.\n\nThe"
                + " senator from Oregon said the tax plan was unfair to farmers.",
            "2025-03-07");
    assertThat(named(r, "Maria Delgado").mentions())
        .extracting(m -> m.text())
        .contains("The senator from Oregon");
  }

  @Test
  void thePresidentOfAnotherCountryIsNotTheLastPresidentNamed() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Peruvian President Ramon Ortiz offered on Monday to negotiate with the president of"
                + " Chile over the fishing dispute.",
            "2025-03-07");
    assertThat(named(r, "Ramon Ortiz").mentions())
        .extracting(m -> m.text())
        .doesNotContain("the president of Chile");
  }
}
