package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.testing.Pipelines.analyze;
import static org.newsgraph.testing.Quotes.quoting;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;

/**
 * A thing the parser took for the subject of a cue ("the deadlock", "the fracas", "her support")
 * does not speak when the sentence sets a being beside it; a body ("the campaign") still does.
 */
class ThingSubjectSpecTest {
  @Test
  void aNameSetOffByADashBeforeSaidSpeaksNotTheThingThatOpensTheSentence() {
    AnalysisRecord r =
        analyze(
            "Her tentative support for a $12 minimum wage at last week's debate in Albany -Mayor"
                + " Lena Park said she would sign such a bill if the council passed it- is a likely"
                + " flashpoint in the fall.");
    assertThat(quoting(r, "she would sign such a bill").speaker().name()).isEqualTo("Lena Park");
  }

  @Test
  void aNameAfterASaysInsertedInTheClauseSpeaksNotTheClausesOpeningWords() {
    AnalysisRecord r =
        analyze(
            "The trouble with the port deal, says Daniel Harrow, an economist at Lakeside"
                + " University, is that nobody has read it.");
    assertThat(quoting(r, "nobody has read it").speaker().name()).isEqualTo("Daniel Harrow");
  }

  @Test
  void aSaidJoinedToAClauseOfThingsIsSaidByWhoeverLedTheSentence() {
    AnalysisRecord r =
        analyze(
            "In a brief interview, Mayor Lena Park rejected the idea that the changes amounted to"
                + " a purge and said that her deputy was not being sidelined.");
    assertThat(quoting(r, "not being sidelined").speaker().name()).isEqualTo("Lena Park");
  }

  @Test
  void aParticipleHungOnAReportedClauseIsTheReportersNotTheClausesSubjects() {
    AnalysisRecord r =
        analyze(
            "Senator Omar Reyes said the court's deadlock has \"kept us safe\" on Twitter before"
                + " claiming that open borders are \"tearing families apart.\"");
    assertThat(r.quotes())
        .filteredOn(q -> q.cue().equals("claiming"))
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Omar Reyes"));
  }

  @Test
  void aTrailingParticipleAfterAThingThatHappenedIsSaidByThePersonInTheClauseBefore() {
    AnalysisRecord r =
        analyze(
            "The fracas erupted two months after Tom Ferris entered the race for mayor with harsh"
                + " words about the port workers, calling them thieves and vowing to sell the"
                + " port.");
    assertThat(quoting(r, "to sell the port").speaker().name()).isEqualTo("Tom Ferris");
  }

  @Test
  void aProtestersShoutIsTheProtestersNotTheIncidents() {
    AnalysisRecord r =
        analyze(
            "The first protest came during a speech at the state university, when union members"
                + " interrupted her, shouting \"sell the mayor, not the port!\"");
    assertThat(quoting(r, "sell the mayor").speaker().name()).isEqualTo("union members");
  }

  @Test
  void aSecondVerbJoinedToARelativeClauseOnAThingIsTheMainSubjects() {
    AnalysisRecord r =
        analyze(
            "The senator has also called on the city to seize the oil that funds the gangs and"
                + " proposed a safe zone for the dockworkers.");
    assertThat(quoting(r, "a safe zone").speaker().name()).isEqualTo("senator");
  }

  @Test
  void anAdverbBeforeAnInfinitiveOfSayingIsNoOneWhoSays() {
    AnalysisRecord r =
        analyze(
            "In the interest of precision, Mayor Lena Park would do better to say that the audit"
                + " found errors in 90 percent of the files.");
    assertThat(quoting(r, "the audit found errors").speaker().name()).isEqualTo("Lena Park");
  }

  @Test
  void aBodyThatSpeaksKeepsItsWordsThoughAPersonIsNamedBeside() {
    AnalysisRecord r =
        analyze(
            "Playing Field Partners, a booking agency, says that Omar Reyes, who charges $20,000 a"
                + " speech, has lost $100,000 this year.");
    assertThat(quoting(r, "has lost $100,000").speaker().name())
        .isEqualTo("Playing Field Partners");
  }
}
