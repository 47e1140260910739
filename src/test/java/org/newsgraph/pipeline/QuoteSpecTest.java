package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Quote;
import org.newsgraph.testing.Pipelines;

/** Quotations and their speakers, read by the real pipeline from short written articles. */
class QuoteSpecTest {
  private static Quote quoting(AnalysisRecord r, String words) {
    return r.quotes().stream()
        .filter(q -> q.text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + r.quotes()));
  }

  @Test
  void directQuoteHasTheSpeakerOfItsCue() {
    AnalysisRecord r = Pipelines.fixture("pronoun-speaker.txt", "2025-03-07");
    Quote q = quoting(r, "We will not accept");
    assertThat(q.kind()).isEqualTo("direct");
    assertThat(q.speaker().name()).isEqualTo("Luiz Inácio Lula da Silva");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void reportedSpeechThroughAPronounResolvesToThePerson() {
    AnalysisRecord r = Pipelines.fixture("pronoun-speaker.txt", "2025-03-07");
    Quote q = quoting(r, "present a new budget");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.speaker().name()).isEqualTo("Luiz Inácio Lula da Silva");
  }

  @Test
  void scareQuoteIsNotAQuotation() {
    AnalysisRecord r = Pipelines.fixture("scare-quote.txt", "2025-03-07");
    assertThat(r.quotes()).noneMatch(q -> q.text().equals("reset"));
  }

  @Test
  void quoteContinuedAfterTheCueKeepsTheSpeaker() {
    AnalysisRecord r = Pipelines.fixture("continued-quote.txt", "2025-03-07");
    assertThat(quoting(r, "port will reopen").speaker().name()).isEqualTo("harbor authority");
    assertThat(quoting(r, "already at anchor").speaker().name()).isEqualTo("harbor authority");
  }

  @Test
  void transcriptLinesNameTheirSpeakers() {
    AnalysisRecord r = Pipelines.fixture("transcript.txt", "2025-03-07");
    assertThat(quoting(r, "Will the ministry respond").speaker().name()).isEqualTo("reporter");
    assertThat(quoting(r, "We will respond").speaker().name()).isEqualTo("Okafor");
  }

  @Test
  void quoteOffsetsPointAtTheQuotedWords() {
    AnalysisRecord r = Pipelines.fixture("continued-quote.txt", "2025-03-07");
    String text = r.article().text();
    r.quotes().forEach(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
  }

  @Test
  void speakerQuotedInAnOutletsReportKeepsTheOutletAsVia() {
    AnalysisRecord r = Pipelines.fixture("relayed-quote.txt", "2025-03-07");
    Quote q = r.quotes().stream().filter(x -> x.kind().equals("partial")).findFirst().orElseThrow();
    assertThat(q.text()).startsWith("will not recover");
    assertThat(q.speaker().name()).isEqualTo("Amara Osei");
    assertThat(q.via()).isNotNull();
    assertThat(q.via().name()).isEqualTo("Daily Ledger");
  }

  @Test
  void speakerWhoToldANewsAgencyHasItAsVia() {
    AnalysisRecord r = Pipelines.fixture("relayed-quote.txt", "2025-03-07");
    Quote q = quoting(r, "ban would stay in place");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.speaker().name()).isEqualTo("fisheries minister");
    assertThat(q.via().name()).isEqualTo("Reuters");
  }

  @Test
  void clauseBeforeCommaAndSpeakerIsReportedSpeech() {
    AnalysisRecord r = Pipelines.fixture("reported-speech.txt", "2025-03-07");
    Quote q = quoting(r, "bridge will reopen");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.text()).isEqualTo("The bridge will reopen to traffic on Monday");
    assertThat(q.speaker().name()).isEqualTo("transport minister");
  }

  @Test
  void participleAfterCommaIsSaidByTheMainSubject() {
    AnalysisRecord r = Pipelines.fixture("reported-speech.txt", "2025-03-07");
    Quote q = quoting(r, "ignored two years of inflation");
    assertThat(q.speaker().name()).isEqualTo("union");
    assertThat(q.cue()).isEqualTo("arguing");
  }

  @Test
  void accordingToNamesTheSpeakerAndTheRestIsWhatWasSaid() {
    AnalysisRecord r = Pipelines.fixture("reported-speech.txt", "2025-03-07");
    Quote q = quoting(r, "cargo volumes fell");
    assertThat(q.speaker().name()).isEqualTo("port authority");
    assertThat(q.cue()).isEqualTo("according to");
    assertThat(q.text()).startsWith("cargo volumes fell");
  }

  @Test
  void descriptionOfAPersonByTitleIsResolvedToThePerson() {
    AnalysisRecord r = Pipelines.fixture("description-speaker.txt", "2025-03-07");
    Quote q = quoting(r, "fair offer");
    assertThat(q.speaker().name()).isEqualTo("Ana Ferreira");
    assertThat(q.speaker().entity()).isNotNull();
  }

  @Test
  void pronounAgreesInGenderWithTheTitle() {
    AnalysisRecord r = Pipelines.fixture("description-speaker.txt", "2025-03-07");
    Quote q = quoting(r, "strike remained possible");
    assertThat(q.speaker().name()).isEqualTo("Carla Mendes");
  }

  @Test
  void transcriptLinesWithoutQuotationMarksAreQuotesOfTheirLabel() {
    AnalysisRecord r = Pipelines.fixture("transcript-unquoted.txt", "2025-03-07");
    assertThat(quoting(r, "Will taxes rise").speaker().name()).isEqualTo("reporter");
    Quote answer = quoting(r, "Not for families");
    assertThat(answer.kind()).isEqualTo("direct");
    assertThat(answer.speaker().name()).isEqualTo("Leila Haddad");
    assertThat(r.quotes()).noneMatch(q -> q.text().contains("edited for length"));
  }

  @Test
  void singleQuotationMarksMakeAQuotation() {
    AnalysisRecord r =
        Pipelines.analyze(
            "'We will not sign this deal,' the trade minister said on Friday.", "2025-03-07");
    Quote q = quoting(r, "We will not sign this deal");
    assertThat(q.kind()).isEqualTo("direct");
    assertThat(q.speaker().name()).isEqualTo("trade minister");
  }

  @Test
  void aStatementSplitAroundItsCueIsOneStatementInPieces() {
    AnalysisRecord r = Pipelines.fixture("continued-quote.txt", "2025-03-07");
    Quote first = quoting(r, "port will reopen");
    Quote second = quoting(r, "already at anchor");
    assertThat(first.partOf()).isNull();
    assertThat(second.partOf()).isEqualTo(first.id());
  }

  @Test
  void sheAddedPassesOverTheManQuotedLast() {
    AnalysisRecord r =
        Pipelines.analyze(
            "\"The talks have stalled,\" Foreign Minister Maria Okafor said on Monday.\n\n"
                + "\"We will not sign,\" Prime Minister John Bello told reporters.\n\n"
                + "She added that a new round of talks could start in May.",
            "2025-03-07");
    Quote q = quoting(r, "new round of talks");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.speaker().name()).isEqualTo("Maria Okafor");
    assertThat(q.cue()).isEqualTo("added");
  }

  @Test
  void theySaidIsNotThePersonQuotedLast() {
    AnalysisRecord r =
        Pipelines.analyze(
            "\"We are ready,\" Prime Minister John Bello said on Monday.\n\n"
                + "Dock workers met in the port on Tuesday. They said the strike would go ahead.",
            "2025-03-07");
    Quote q = quoting(r, "strike would go ahead");
    assertThat(q.speaker().name()).isNotEqualTo("John Bello");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void anAccusationReportsWhoIsAccusedOfWhat() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Senator Paul Moreno accused the governor of hiding the true cost of the bridge.",
            "2025-03-07");
    Quote q = quoting(r, "hiding the true cost");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.text()).isEqualTo("the governor of hiding the true cost of the bridge");
    assertThat(q.speaker().name()).isEqualTo("Paul Moreno");
    assertThat(q.cue()).isEqualTo("accused");
    assertThat(q.via()).isNull();
  }

  @Test
  void aCallForSomethingIsAReportedDemand() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Senator Paul Moreno on Tuesday called for an independent audit of the bridge project.",
            "2025-03-07");
    Quote q = quoting(r, "independent audit");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.text()).isEqualTo("an independent audit of the bridge project");
    assertThat(q.speaker().name()).isEqualTo("Paul Moreno");
    assertThat(q.cue()).isEqualTo("called");
  }

  @Test
  void aDenialReportsWhatIsDeniedThoughItHasNoVerb() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Governor Lena Park denied the charges in a statement on Tuesday.", "2025-03-07");
    Quote q = quoting(r, "charges");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.text()).isEqualTo("the charges");
    assertThat(q.speaker().name()).isEqualTo("Lena Park");
    assertThat(q.cue()).isEqualTo("denied");
  }

  @Test
  void praiseAndCriticismReportWhatIsJudged() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Mayor Lena Park on Monday praised the volunteers who cleared the flooded streets."
                + " Senator Paul Moreno criticized the delay in federal aid. Governor Ana Ruiz"
                + " hailed the court's ruling on Friday.",
            "2025-03-07");
    Quote praise = quoting(r, "volunteers");
    assertThat(praise.text()).isEqualTo("the volunteers who cleared the flooded streets");
    assertThat(praise.speaker().name()).isEqualTo("Lena Park");
    assertThat(praise.cue()).isEqualTo("praised");
    Quote criticism = quoting(r, "delay");
    assertThat(criticism.speaker().name()).isEqualTo("Paul Moreno");
    assertThat(criticism.cue()).isEqualTo("criticized");
    Quote hailed = quoting(r, "ruling");
    assertThat(hailed.text()).isEqualTo("the court's ruling");
    assertThat(hailed.speaker().name()).isEqualTo("Ana Ruiz");
  }

  @Test
  void aNameGivenOnADateIsNoReportedDemand() {
    AnalysisRecord r =
        Pipelines.analyze(
            "The governor called on Tuesday, but nobody answered the phone.", "2025-03-07");
    assertThat(r.quotes()).noneMatch(q -> q.text().contains("Tuesday"));
  }

  @Test
  void aShortQuotationStandingAsASentenceIsAStatement() {
    AnalysisRecord r =
        Pipelines.analyze(
            "\"We will not sign,\" Prime Minister John Bello said on Monday.\n\n"
                + "\u201cYou tell me,\u201d he said.",
            "2025-03-07");
    Quote q = quoting(r, "You tell me");
    assertThat(q.kind()).isEqualTo("direct");
    assertThat(q.speaker().name()).isEqualTo("John Bello");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void aQuotationWithItsOwnCueIsNotThePreviousOneGoingOn() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Foreign Minister Maria Okafor said the deal was \"a trap for farmers.\" \"We had to"
                + " walk away from something that was flawed from the start,\" she said.",
            "2025-03-07");
    Quote q = quoting(r, "walk away from something");
    assertThat(q.kind()).isEqualTo("direct");
    assertThat(q.partOf()).isNull();
    assertThat(q.speaker().name()).isEqualTo("Maria Okafor");
  }

  @Test
  void aQuotationInBracketsOpensAStatement() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Producer John Bello said the show would return. (\"We persuaded the original cast to"
                + " come back,\" he said.)",
            "2025-03-07");
    Quote q = quoting(r, "persuaded the original cast");
    assertThat(q.kind()).isEqualTo("direct");
    assertThat(q.speaker().name()).isEqualTo("John Bello");
  }

  @Test
  void aReportedClauseEndsWhereATrailingCueReportsAnother() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Senator Paul Moreno said he would release the figures on Friday, calling them"
                + " \"very boring numbers.\"",
            "2025-03-07");
    Quote q = quoting(r, "release the figures");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.text()).isEqualTo("he would release the figures on Friday");
    assertThat(q.speaker().name()).isEqualTo("Paul Moreno");
  }

  @Test
  void aQuestionPutToTheSpeakerIsAskedByAReporter() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Asked whether he would veto the bill, Governor John Bello said he had not decided.",
            "2025-03-07");
    Quote question = quoting(r, "veto the bill");
    assertThat(question.kind()).isEqualTo("indirect");
    assertThat(question.speaker().name()).isEqualTo("reporter");
    assertThat(question.cue()).isEqualTo("Asked");
    assertThat(quoting(r, "had not decided").speaker().name()).isEqualTo("John Bello");
  }

  @Test
  void theClauseAfterTheCueIsWhatWasSaidNotTheOneBeforeIt() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Like other harbor owners who foresee a boom in cruise traffic, John Bello said he was"
                + " building a new terminal and a second pier.",
            "2025-03-07");
    Quote q = quoting(r, "building a new terminal");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.text()).startsWith("he was building a new terminal");
    assertThat(q.speaker().name()).isEqualTo("John Bello");
  }

  @Test
  void theWritersNextClauseIsNotPartOfWhatWasSaid() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Senator Paul Moreno said the real problem in the port is the governor, and he railed"
                + " against the dock authority for an hour.",
            "2025-03-07");
    Quote q = quoting(r, "real problem");
    assertThat(q.text()).isEqualTo("the real problem in the port is the governor");
    assertThat(q.speaker().name()).isEqualTo("Paul Moreno");
  }

  @Test
  void aPronounSpeakerFarFromTheNameStillFindsThePerson() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Senator John Bello toured the flooded valley on Monday. The river rose two meters"
                + " overnight. Roads were closed across the county. Schools stayed shut. Farmers"
                + " moved their cattle to higher ground.\n\nHe assures voters that the state will"
                + " pay for the repairs.",
            "2025-03-07");
    Quote q = quoting(r, "pay for the repairs");
    assertThat(q.speaker().name()).isEqualTo("John Bello");
    assertThat(q.cue()).isEqualTo("assures");
  }

  @Test
  void aPromiseReportsWhatIsPromised() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Senator Paul Moreno promised a vote on the bridge bill before the summer recess.",
            "2025-03-07");
    Quote q = quoting(r, "vote on the bridge bill");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.text()).startsWith("a vote on the bridge bill");
    assertThat(q.speaker().name()).isEqualTo("Paul Moreno");
    assertThat(q.cue()).isEqualTo("promised");
  }

  @Test
  void aParticipleAfterACopularClauseIsSaidByItsSubject() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Governor Lena Park was blunt about her distaste for the bridge plan, saying taxpayers"
                + " would never see the money again.",
            "2025-03-07");
    Quote q = quoting(r, "never see the money");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.text()).isEqualTo("taxpayers would never see the money again");
    assertThat(q.speaker().name()).isEqualTo("Lena Park");
    assertThat(q.cue()).isEqualTo("saying");
  }

  @Test
  void aMessageSayingSomethingIsSaidByWhoeverMakesIt() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Senator Paul Moreno is making a pitch to farmers saying a state law on water permits"
                + " is hurting the valley.",
            "2025-03-07");
    Quote q = quoting(r, "hurting the valley");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.speaker().name()).isEqualTo("Paul Moreno");
  }

  @Test
  void aTitledSpeakerAfterTheCueIsNamedInFull() {
    // The parser leaves the inverted "said Senator ..." without a subject here; the title alone
    // sits next to the cue.
    AnalysisRecord r =
        Pipelines.analyze(
            "Bridge Vote Delayed\n\nThe bridge vote was delayed again on Tuesday.\n\n''Voters are"
                + " tired of the delays, and it's something people in the valley really argue"
                + " with,'' said Senator Maria Delgado, Democrat of Oregon. ''We will not give"
                + " up.''",
            "2025-03-07");
    assertThat(quoting(r, "tired of the delays").speaker().name()).isEqualTo("Maria Delgado");
    assertThat(quoting(r, "not give up").speaker().name()).isEqualTo("Maria Delgado");
  }

  @Test
  void anHonorificAfterTheCueIsThePersonItTitles() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Harbor Chief Named\n\nPeter Adebayo, a former port director, hired Ms. Okafor as his"
                + " deputy in 2019.\n\nMs. Okafor is ''a very hard bargainer,'' said Mr. Adebayo,"
                + " but she has won the trust of the dockworkers.",
            "2025-03-07");
    assertThat(quoting(r, "very hard bargainer").speaker().name()).isEqualTo("Peter Adebayo");
  }

  @Test
  void someMembersOfAPartyAreAGroupNotTheParty() {
    AnalysisRecord r =
        Pipelines.analyze(
            "The Democratic Party will meet in Philadelphia in July. Some Democrats said they"
                + " feared a bitter floor fight over the platform.",
            "2025-03-07");
    Quote q = quoting(r, "bitter floor fight");
    assertThat(q.speaker().entity()).isNull();
    assertThat(q.speaker().name()).isEqualTo("Some Democrats");
  }

  @Test
  void aMansOwnPronounsOutweighAFemaleFirstName() {
    // "Lindsey" is a woman's name in the first-name list; the article calls this Lindsey "his".
    AnalysisRecord r =
        Pipelines.analyze(
            "Port to Stay Open\n\nLindsey Okoro, the harbor commissioner, met the dockworkers union"
                + " on Monday. In his speech to the dockworkers, Okoro thanked his crews.\n\nHe said"
                + " the port would stay open through the winter.",
            "2025-03-07");
    assertThat(quoting(r, "port would stay open").speaker().name()).isEqualTo("Lindsey Okoro");
  }

  @Test
  void aPronounThatSpeaksIsAMentionOfTheSpeakersEntity() {
    // The name inside the first quotation is nearer the pronoun, but the one who spoke is Osei.
    AnalysisRecord r =
        Pipelines.analyze(
            "\"For dockworkers, she is saying the right things,\" said Amara Osei, the port"
                + " director. \"And she has none of the ties that Ruth Adler has to the shipping"
                + " lines,\" she said.",
            "2025-03-07");
    Quote q = quoting(r, "none of the ties");
    assertThat(q.speaker().name()).isEqualTo("Amara Osei");
    int she = r.article().text().lastIndexOf("she said");
    assertThat(mentionOwner(r, she)).isEqualTo("Amara Osei");
  }

  @Test
  void aRelativeWhoThatSpeaksIsAMentionOfThePerson() {
    AnalysisRecord r =
        Pipelines.analyze(
            "The talks were led by Labor Minister Tomas Reyes, who said the deal would be signed"
                + " on Friday.",
            "2025-03-07");
    assertThat(quoting(r, "deal would be signed").speaker().name()).isEqualTo("Tomas Reyes");
    assertThat(mentionOwner(r, r.article().text().indexOf("who said"))).isEqualTo("Tomas Reyes");
  }

  @Test
  void aSpeakerTwoParagraphsBackLosesTheFloorToAPersonNamedSince() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Video Circulates\n\n\"We will fight on,\" said Ali Hassan, the rebel commander, on"
                + " Monday.\n\nThe video was posted on Tuesday.\n\nFootage of the preacher Omar"
                + " Farouk then appears. \"The West will turn on you,\" he says.",
            "2025-03-07");
    assertThat(quoting(r, "West will turn on you").speaker().name()).isEqualTo("Omar Farouk");
  }

  @Test
  void anUnnamedSpeakerKeepsItsPossessor() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Talks Urged\n\nThe alliance's secretary general said on Monday that both sides should"
                + " return to the talks.",
            "2025-03-07");
    Quote q = quoting(r, "both sides should return");
    assertThat(q.speaker().entity()).isNull();
    assertThat(q.speaker().name()).isEqualTo("alliance's secretary general");
  }

  /** The name of the entity with a mention starting at the offset, or null. */
  private static String mentionOwner(AnalysisRecord r, int start) {
    return r.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.start() == start))
        .map(e -> e.name())
        .findFirst()
        .orElse(null);
  }

  @Test
  void aClauseTheParserHungOnTheStatementsPublisherIsStillWhatWasSaid() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Harbor commissioner Omar Reyes said in a statement released by the Park campaign that"
                + " the audit would force the appointment of a special prosecutor.");
    Quote q = quoting(r, "the audit would force");
    assertThat(q.speaker().name()).isEqualTo("Omar Reyes");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void accordingToRightAfterAReportedThatOpensWhatTheSourceSays() {
    AnalysisRecord r =
        Pipelines.analyze(
            "The Gazette reported that, according to an analysis of her calendar, 85 of the 154"
                + " meetings were with donors.");
    assertThat(r.quotes())
        .filteredOn(q -> q.cue().equals("according to"))
        .singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("85 of the 154 meetings were with donors"));
  }
}
