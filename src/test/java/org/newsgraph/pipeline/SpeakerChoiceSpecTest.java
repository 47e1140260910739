package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.testing.Pipelines.analyze;
import static org.newsgraph.testing.Quotes.quoting;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Quote;

/**
 * Which words of a sentence speak: the mention taken as the speaker in the first place (poll
 * figures, questions put to someone, set-off names, participles, transcript and live-blog labels).
 */
class SpeakerChoiceSpecTest {
  @Test
  void aPersonNamedBeforeAColonSpeaksTheQuotationAfterIt() {
    AnalysisRecord r =
        analyze(
            "\"We have heard the objections,\" Mayor Lena Park said on Tuesday.\n\n"
                + "The shift does not surprise pollster Daniel Harrow: \"Voters rarely warm to a"
                + " sale once the cranes are gone.\"");
    assertThat(quoting(r, "rarely warm to a sale").speaker().name()).isEqualTo("Daniel Harrow");
  }

  @Test
  void aQuotationWithoutACueTakesTheSpeakerOfItsParagraphNotTheLastOneQuoted() {
    AnalysisRecord r =
        analyze(
            "\"We have heard the objections,\" Mayor Lena Park said on Tuesday.\n\n"
                + "Councilman Omar Reyes rose and argued that the port had lost money for years."
                + " \"Where did the money go, and who will pay it back?\"");
    assertThat(quoting(r, "Where did the money go").speaker().name()).isEqualTo("Omar Reyes");
  }

  @Test
  void aQuestionPutToPollRespondentsIsTheReportersNotTheirAnswer() {
    AnalysisRecord r =
        analyze(
            "Asked if the port is \"run well enough to stay public,\" 58 percent of residents"
                + " said yes.");
    assertThat(quoting(r, "run well enough").speaker().name()).isEqualTo("reporter");
    assertThat(r.quotes()).noneMatch(q -> q.text().startsWith("Asked"));
  }

  @Test
  void theQuestionAskedEndsWhereTheAnswerersSentenceBegins() {
    AnalysisRecord r =
        analyze(
            "Omar Reyes and John Bello met on Monday.\n\nWhen asked about Bello's disposition,"
                + " Reyes gingerly said that was \"an assessment the voters are going to make\""
                + " ahead of Tuesday's primary.");
    assertThat(quoting(r, "disposition").text()).isEqualTo("Bello's disposition");
    assertThat(quoting(r, "an assessment the voters").speaker().name()).isEqualTo("Omar Reyes");
  }

  @Test
  void aParticipleAfterAnInsertedSaidGoesOnFromItsSpeaker() {
    AnalysisRecord r =
        analyze(
            "The toll plan was dropped after a week, Mayor Lena Park said, adding, \"It was never"
                + " going to pass.\"");
    assertThat(quoting(r, "never going to pass").speaker().name()).isEqualTo("Lena Park");
  }

  @Test
  void aParticipleTheParserJoinedToTheReportedClauseKeepsTheMainSpeaker() {
    AnalysisRecord r =
        analyze(
            "Senator Paul Moreno pushed back on Tuesday, saying that the plan was sound but was"
                + " sunk by voter anger - and arguing that he and the governor shared \"nearly all"
                + " the same goals.\"");
    Quote q = quoting(r, "he and the governor shared");
    assertThat(q.speaker().name()).isEqualTo("Paul Moreno");
    assertThat(q.cue()).isEqualTo("arguing");
  }

  @Test
  void peopleNamedAfterWithSpeakByTheParticipleThatFollowsThem() {
    AnalysisRecord r =
        analyze(
            "The council is divided, with Omar Reyes, Lena Park and Daniel Harrow all calling for"
                + " a new bridge toll, while the port groups have attacked the plan.");
    assertThat(quoting(r, "new bridge toll").speaker().name()).isEqualTo("Omar Reyes");
  }

  @Test
  void aTranscriptLabelInCapitalsIsThePersonOfThatSurname() {
    AnalysisRecord r =
        analyze(
            "Governor Ruth Calder spoke to the host on Sunday.\n\n"
                + "HOST: Will the port reopen?\n\n"
                + "CALDER: I think it will reopen in May, if the crews come back.");
    Quote answer = quoting(r, "reopen in May");
    assertThat(answer.kind()).isEqualTo("direct");
    assertThat(answer.speaker().name()).isEqualTo("Ruth Calder");
  }

  @Test
  void aLiveBlogHeadlineIsSaidByTheNameGluedToItsTimeStamp() {
    AnalysisRecord r =
        analyze(
            "Port Strike Live\n\nThe strike at the port entered its third day on Tuesday.\n\n"
                + "Ana Reyes 3ptsmoderatorFeaturedMarch 4, 2026 9:15PMOkafor Says He Would Reopen"
                + " The Port In May\nHarbor commissioner Tunde Okafor said the port would reopen"
                + " in May once repairs end.");
    assertThat(quoting(r, "Would Reopen The Port").speaker().name()).isEqualTo("Tunde Okafor");
  }

  @Test
  void aNameSetOffBeforeTheVerbSpeaksForTheDescriptionItNames() {
    AnalysisRecord r =
        analyze(
            "The head of the dockworkers union backing Mayor Lena Park for re-election, Tom"
                + " Ferris, said the deal was fair.\n\n"
                + "One pastor supporting Mr. Reyes, Joan Whitby of Grace Church in Salem, said she"
                + " had made 200 calls to voters.");
    assertThat(quoting(r, "deal was fair").speaker().name()).isEqualTo("Tom Ferris");
    assertThat(quoting(r, "200 calls").speaker().name()).isEqualTo("Joan Whitby");
  }

  @Test
  void aDocumentFiledBySomeoneIsTheirWordAccordingToIt() {
    AnalysisRecord r =
        analyze(
            "\"Although there was probable cause to make an arrest, the evidence cannot prove all"
                + " required elements of the offense,\" according to a court document filed by"
                + " state attorney Dana Morrow.");
    assertThat(quoting(r, "probable cause").speaker().name()).isEqualTo("Dana Morrow");
  }

  @Test
  void anInvertedSaidWithAnHonorificIsTheNamedPerson() {
    AnalysisRecord r =
        analyze(
            "Economist Daniel Harrow has studied the port for years.\n\n"
                + "The mayor is ''not a dealmaker,'' said Mr. Harrow, but she has kept the port"
                + " open.");
    assertThat(quoting(r, "not a dealmaker").speaker().name()).isEqualTo("Daniel Harrow");
  }

  @Test
  void aPollFigureSpeaksForThePollTheSentenceNames() {
    AnalysisRecord r =
        analyze(
            "In a Harbor Institute poll, 61 percent of residents said the port should stay"
                + " public.");
    assertThat(quoting(r, "port should stay public").speaker().name()).endsWith("poll");
  }

  @Test
  void whoeverIsLedToAnnounceIsTheOneWhoAnnounces() {
    AnalysisRecord r =
        analyze(
            "The release of the emails by the hackers led party chairwoman Dana Morrow to announce"
                + " her resignation on Sunday.");
    assertThat(quoting(r, "her resignation").speaker().name()).isEqualTo("Dana Morrow");
  }

  @Test
  void anInterjectionIsSaidByWhoeverInterjects() {
    AnalysisRecord r =
        analyze(
            "Mayor Lena Park said the budget was balanced, to which Councilman Omar Reyes"
                + " interjected: \"It's just not true.\"");
    assertThat(r.quotes())
        .filteredOn(q -> q.kind().equals("direct"))
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Omar Reyes"));
  }

  @Test
  void aPersonWhoseVerbTakesTheQuotationSaysItThoughTheVerbIsNoCue() {
    AnalysisRecord r =
        analyze(
            "Mayor Lena Park said the budget was balanced. Councilman Omar Reyes interjected by"
                + " attacking her for hiding \"a hole the size of a stadium\" in the accounts.\n"
                + "\"Omar wants to be a tough guy tonight,\" Park shot back.");
    assertThat(quoting(r, "tough guy").speaker().name()).isEqualTo("Lena Park");
  }

  @Test
  void aClauseBeforeAColonIsNoTranscriptLabel() {
    AnalysisRecord r =
        analyze(
            "Port deal.\n\nPark later Thursday told Harbor News: \u201cWe will not sell the port"
                + " to anyone who cannot keep it open.\u201d");
    assertThat(quoting(r, "will not sell the port").speaker().name()).isEqualTo("Park");
  }

  @Test
  void aNameBeforeASetOffDescriptionSpeaksWhereTheParserLostTheSubject() {
    AnalysisRecord r =
        analyze(
            "And it wasn\u2019t a one-off or an accident \u2014 Omar Reyes, a spokesman for Park,"
                + " told the Gazette that the mayor gave the council a warning about the sale.");
    assertThat(quoting(r, "gave the council a warning").speaker().name()).isEqualTo("Omar Reyes");
  }

  @Test
  void theNameAfterAnInvertedSaidSpeaksNotTheHeadOfTheClauseBeforeIt() {
    AnalysisRecord r =
        analyze(
            "The closure of the mill marks \"the end of an era\" for the valley, said Ana Ruiz,"
                + " leader of the Harbor Workers Union.");
    assertThat(quoting(r, "the end of an era").speaker().name()).isEqualTo("Ana Ruiz");
  }

  @Test
  void theObjectOfASaidAfterASetOffNameIsNoSpeaker() {
    AnalysisRecord r =
        analyze(
            "Dana Whitfield, director of Harbor Watch, said the spending numbers she saw were even"
                + " more dramatic, showing port groups outspending the unions 5-1.");
    assertThat(quoting(r, "spending numbers").speaker().name()).isEqualTo("Dana Whitfield");
  }

  @Test
  void anAskedClauseTheParserMadeTheSubjectLeavesTheNameBeforeTheVerb() {
    AnalysisRecord r =
        analyze(
            "Asked at a briefing Monday in Ohio about Park's future role, State Department"
                + " spokeswoman Dana Whitfield said the former mayor has been a \"steady voice\""
                + " for needed reform and change in Ohio.");
    assertThat(quoting(r, "steady voice").speaker().name()).isEqualTo("Dana Whitfield");
  }

  @Test
  void aSecondSaidJoinedToTheFirstsReportedClauseIsTheFirstSpeakers() {
    AnalysisRecord r =
        analyze(
            "Mayor Lena Park said the move was made by harbor commissioner Omar Reyes and said,"
                + " \u201cWho else would you trust with the harbor?\u201d");
    assertThat(quoting(r, "Who else would you trust").speaker().name()).isEqualTo("Lena Park");
  }

  @Test
  void aPastTenseCueAfterAReportedVerbWithAnAuxiliaryIsTheFirstVerbsConjunct() {
    AnalysisRecord r =
        analyze(
            "Mayor Lena Park forecast that the harbor economy would soon recover and praised"
                + " efforts by commissioner Omar Reyes to find a buyer for the mill.");
    assertThat(quoting(r, "efforts by commissioner").speaker().name()).isEqualTo("Lena Park");
  }

  @Test
  void aTrailingParticipleOnASecondMainClauseIsThatClausesSubjects() {
    AnalysisRecord r =
        analyze(
            "Park quickly pivoted to talking about the budget and how she would fix it, but"
                + " moderator Dana Whitfield brought her back to the port, asking Park to share her"
                + " views on the sale.");
    assertThat(quoting(r, "share her views").speaker().name()).isEqualTo("Dana Whitfield");
  }

  @Test
  void whoeverAskedBeforeTheInfinitiveAsksNotAReporter() {
    AnalysisRecord r =
        analyze(
            "The clerk deleted the files even though he had been asked to preserve them by the"
                + " city council's ethics committee.");
    assertThat(quoting(r, "to preserve them").speaker().name()).contains("ethics committee");
  }

  @Test
  void aTitledNameAfterAnInvertedSaidSpeaksWhenTheParserFoundNoSubject() {
    AnalysisRecord r =
        analyze(
            "Though the city cannot check every bidder it hears from, \"taking three bids from one"
                + " family in a single week is definitely a warning sign,\" said harbor lawyer Omar"
                + " Reyes.");
    assertThat(quoting(r, "warning sign").speaker().name()).isEqualTo("Omar Reyes");
  }

  @Test
  void aNameRunningUpToTheVerbSpeaksNotTheOpeningPhrasesLastName() {
    AnalysisRecord r =
        analyze(
            "Standing alongside union leader and port activist Dana Whitfield, who founded Harbor"
                + " Watch, and council aide Ana Ruiz, Mark-Delgado accused Park of ignoring the port"
                + " for years.");
    assertThat(quoting(r, "ignoring the port").speaker().name()).isEqualTo("Mark-Delgado");
  }

  @Test
  void aQuotationHandsOverToTheCueRightAfterItsComma() {
    AnalysisRecord r =
        analyze(
            "The mayor cannot claim that \u201cfrom her point of view,\u201d Reyes added, saying it"
                + " should be \u201cup to the council to decide.\u201d");
    assertThat(r.quotes())
        .filteredOn(q -> q.text().equals("from her point of view"))
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Reyes"));
  }

  @Test
  void aNameGivenIsNoReportOfTheClauseBeforeIt() {
    AnalysisRecord r =
        analyze(
            "And last spring, while visiting the harbor protests, commentator Dana Whitfield calls"
                + " a shouting Reyes a \"bully\" and a \"tyrant.\"");
    assertThat(r.quotes()).noneMatch(q -> q.text().contains("visiting the harbor"));
  }

  @Test
  void aParticipleJoinedToWhatAnotherParticipleReportsIsItsParallelAndSharesItsSpeaker() {
    AnalysisRecord r =
        analyze(
            "Councilwoman Dana Whitfield attacked the mayor on Tuesday over the toll plan, calling"
                + " it \"a tax on the poor\" and insisting that the harbor budget must be \"cut to"
                + " the bone.\"");
    assertThat(quoting(r, "cut to the bone").speaker().name()).isEqualTo("Dana Whitfield");
  }

  @Test
  void aSecondParticipleAfterWithANameIsThatPersonsNotTheMainSubjects() {
    AnalysisRecord r =
        analyze(
            "Commuters were quick to chime in, with Omar Reyes tweeting that it was a \"disgrace\""
                + " for the mayor and asking, \"Who will pay for the bridge now?\"");
    assertThat(quoting(r, "Who will pay").speaker().name()).isEqualTo("Omar Reyes");
  }

  @Test
  void theCityOfADatelineIsNoSpeakerThePersonNamedAfterItIs() {
    AnalysisRecord r =
        analyze(
            "Washington (AFP) \u2013 Democrat Lena Park has taken a swipe at Republican rival Omar"
                + " Reyes\u2019s stance on tolls, saying that \u201creckless promises\u201d do more"
                + " harm than good in hard times.");
    assertThat(quoting(r, "do more harm").speaker().name()).isEqualTo("Lena Park");
  }

  @Test
  void whatAThingShouldSayInsideAReportedClauseIsTheSpeakersProposal() {
    AnalysisRecord r =
        analyze(
            "Omar Reyes said in his opening remarks that the platform should reiterate the city's"
                + " support for its \"working families,\" specifically naming the dock workers.");
    assertThat(quoting(r, "support for its").speaker().name()).isEqualTo("Omar Reyes");
  }

  @Test
  void aNameJoinedToAThingTheParserMadeTheSubjectSpeaks() {
    AnalysisRecord r =
        analyze(
            "Omar Reyes and the bishop share many goals for social justice and economic renewal,"
                + " and Reyes suggested that, and not his campaign, was the reason for the meeting"
                + " with the bishop.");
    assertThat(quoting(r, "not his campaign").speaker().name()).isEqualTo("Omar Reyes");
  }

  @Test
  void theNameBeforeAVerbTheParserTookForTheSubjectSpeaks() {
    AnalysisRecord r =
        analyze(
            "In a previously unpublished interview with The Washington Post - conducted last"
                + " Wednesday at the mayor's estate in Palm Beach - Reyes continued to assert that"
                + " he never made contact with the bidders.");
    assertThat(quoting(r, "never made contact").speaker().name()).isEqualTo("Reyes");
  }

  @Test
  void leadingMembersOfAPartySpeakForThemselvesNotForTheParty() {
    AnalysisRecord r =
        analyze(
            "The Democratic Party met in Salem.\n\nLeading Democrats say that this time the fight"
                + " over the port is different and potentially more difficult.");
    assertThat(quoting(r, "fight over the port").speaker().name()).isEqualTo("Leading Democrats");
  }

  @Test
  void theSourceAfterARoundupHeadlinesDashSpeaksItsQuotation() {
    AnalysisRecord r =
        analyze(
            "Media shares blame in port poll hype - HarborPollster: \u201cPollsters are taking a"
                + " lot of heat from the public for missing the vote. But some of those critics"
                + " share the blame.\u201d");
    assertThat(quoting(r, "taking a lot of heat").speaker().name()).isEqualTo("HarborPollster");
  }

  @Test
  void afterAnInvertedCueTheNameEndsTheDescriptionBeforeIt() {
    AnalysisRecord r =
        analyze(
            "\u201cThe delegate math is very daunting for Reyes, the math is daunting for anyone"
                + " other than Park,\u201d explained Democratic strategist Simon Rosenberg,"
                + " president of the Harbor Network think tank.");
    assertThat(quoting(r, "delegate math").speaker().name()).isEqualTo("Simon Rosenberg");
  }

  @Test
  void aThingSomeoneUsesToSpeakDoesNotSpeakForThem() {
    AnalysisRecord r =
        analyze(
            "Mayor Lena Park used her acceptance speech to call for the resignation of the port"
                + " director.");
    assertThat(quoting(r, "resignation of the port").speaker().name()).isEqualTo("Lena Park");
  }

  @Test
  void membersOfAPartySpeakAsAGroupNotAsTheParty() {
    AnalysisRecord r =
        analyze(
            "The Democratic Party met in Salem on Monday. Democrats said the port plan would cost"
                + " the city jobs.");
    Quote q = quoting(r, "cost the city jobs");
    assertThat(q.speaker().name()).isEqualTo("Democrats");
    assertThat(q.speaker().entity()).isNull();
  }

  @Test
  void aVerbThatTakesTheQuotationComesBeforeACueThatDoesNot() {
    AnalysisRecord r =
        analyze(
            "Mayor Lena Park opened the debate.\n\nAfter Governor Ana Ruiz criticized the port"
                + " plan, Park shot back, \"I chose to fight for the port and its workers.\"");
    assertThat(quoting(r, "fight for the port").speaker().name()).isEqualTo("Lena Park");
  }

  @Test
  void whoeverMadeTheDocumentSpeaksAfterAccordingTo() {
    AnalysisRecord r =
        analyze(
            "As of Wednesday, Mayor Lena Park had 2,205 delegates, according to a tally by the"
                + " Associated Press.");
    assertThat(quoting(r, "2,205 delegates").speaker().name()).contains("Associated Press");
  }

  @Test
  void whatAReleasedVideoSaysIsSaidByWhoeverReleasedIt() {
    AnalysisRecord r =
        analyze(
            "Councilman Omar Reyes released a marketing video that said, \"We are going to have"
                + " the best teachers in the state.\"");
    assertThat(quoting(r, "best teachers").speaker().name()).isEqualTo("Omar Reyes");
  }

  @Test
  void afterAnInvertedCueAdjectivesOfTheDescriptionLeadToTheName() {
    AnalysisRecord r =
        analyze(
            "\"At the end of the day, it just became a crowded field,\" said Republican political"
                + " consultant Chris Russell.");
    assertThat(quoting(r, "crowded field").speaker().name()).isEqualTo("Chris Russell");
  }

  @Test
  void theDoerOfAPassiveCueSpeaks() {
    AnalysisRecord r =
        analyze(
            "This feature of the port plan has been called \"strategic ambiguity\" by Joshua"
                + " Hendrick, a professor at Loyola University.");
    assertThat(quoting(r, "strategic ambiguity").speaker().name()).isEqualTo("Joshua Hendrick");
  }
}
