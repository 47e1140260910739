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
}
