package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.testing.Pipelines.analyze;
import static org.newsgraph.testing.Quotes.quoting;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;

/**
 * Who a speaker phrase that is no name stands for: a description naming a seat-holder ("the Vermont
 * senator"), a pronoun, a relative "who".
 */
class SpeakerReferenceSpecTest {
  @Test
  void aSeatHolderDescriptionNamesThePersonWithThatTitleAndState() {
    AnalysisRecord r =
        analyze(
            "Gov. Peter Lindqvist signed the budget on Monday. Vermont Sen. Maura Tilden voted"
                + " against the highway bill.\n\n"
                + "The Vermont senator said the bill would leave rural roads without money.");
    assertThat(quoting(r, "rural roads").speaker().name()).isEqualTo("Maura Tilden");
  }

  @Test
  void theRoleFitsWhereTheArticleGaveNoStateAndOtherPeopleHoldOtherTitles() {
    AnalysisRecord r =
        analyze(
            "Senator Maura Tilden met Gov. Peter Lindqvist in Montpelier on Monday.\n\n"
                + "The governor's aides left early. The Vermont senator said the highway bill"
                + " would leave rural roads without money.");
    assertThat(quoting(r, "rural roads").speaker().name()).isEqualTo("Maura Tilden");
  }

  @Test
  void aPlaceBearingEpithetNamesThePersonJustNamedWhenTheArticleGaveNoTitle() {
    AnalysisRecord r =
        analyze(
            "The more voters hear from Maura Tilden, the more they like her.\n\n"
                + "The Vermont senator said on Monday that the highway bill would leave rural"
                + " roads without money.");
    assertThat(quoting(r, "rural roads").speaker().name()).isEqualTo("Maura Tilden");
  }

  @Test
  void anEpithetWithoutATitleToGoByNamesWhomTheArticleWasAboutNotTheLastNamed() {
    AnalysisRecord r =
        analyze(
            "Maura Tilden attacked Peter Lindqvist on Monday over the highway bill.\n\n"
                + "The Vermont senator said the bill would leave rural roads without money.");
    assertThat(quoting(r, "rural roads").speaker().name()).isEqualTo("Maura Tilden");
  }

  @Test
  void theFormerGovernorIsNotTheSittingOne() {
    AnalysisRecord r =
        analyze(
            "Former Gov. Walter Brandt and Gov. Peter Lindqvist spoke at the fair on Monday.\n\n"
                + "The former governor said the state had never spent less on its roads.");
    assertThat(quoting(r, "never spent less").speaker().name()).isEqualTo("Walter Brandt");
  }

  @Test
  void aSpokesmanForSomeoneIsNotThatPerson() {
    AnalysisRecord r =
        analyze(
            "Senator Maura Tilden stayed home on Monday. A spokesman for Senator Maura Tilden"
                + " said the vote would be delayed until March.");
    assertThat(quoting(r, "vote would be delayed").speaker().name())
        .isEqualTo("spokesman for Senator Maura Tilden");
  }

  @Test
  void aNameSetOffAfterTheRoleIsTheSpeaker() {
    AnalysisRecord r =
        analyze(
            "A spokeswoman for the union, Carla Mendes, said the strike would go on until"
                + " March.");
    assertThat(quoting(r, "strike would go on").speaker().name()).isEqualTo("Carla Mendes");
  }

  @Test
  void aRelativeWhoStandsForThePersonNotTheThingBeforeIt() {
    AnalysisRecord r =
        analyze(
            "In Lisbon, the mayor endured without complaint a lecture from the Portuguese"
                + " president, who said that the port had lost money for a decade.");
    assertThat(quoting(r, "port had lost money").speaker().name())
        .isEqualTo("Portuguese president");
  }

  @Test
  void aRelativeWhoTheParserHungLooselyOnItsNounStandsForThatNoun() {
    AnalysisRecord r =
        analyze("The senator, who said last week that the bill was dead, voted for it on Tuesday.");
    assertThat(quoting(r, "the bill was dead").speaker().name()).isEqualTo("senator");
  }

  @Test
  void aRelativeWhoAfterACommaStandsForTheBeingNamedBeforeIt() {
    AnalysisRecord r =
        analyze("Park spoke with reporters, who asked whether the port would be sold.");
    assertThat(quoting(r, "port would be sold").speaker().name()).isEqualTo("reporters");
  }

  @Test
  void aRelativeWhoOnADescriptionStandsForThePersonDescribed() {
    AnalysisRecord r =
        analyze(
            "Reyes, a former banker who has said the port loses money every year, will chair the"
                + " board.");
    assertThat(quoting(r, "loses money").speaker().name()).isEqualTo("Reyes");
  }

  @Test
  void aPronounInsideAQuotationStandsForWhoeverIntroducedItWithAColon() {
    AnalysisRecord r =
        analyze(
            "Governor Ana Ruiz mocked the plan on Twitter.\n\nMayor Lena Park fired back: \"As a"
                + " friend of the port,\" she wrote, \"we know you are rooting for it, too.\"");
    assertThat(quoting(r, "rooting for it").speaker().name()).isEqualTo("Lena Park");
  }
}
