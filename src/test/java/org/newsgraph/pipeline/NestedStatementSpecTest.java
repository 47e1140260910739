package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Quote;
import org.newsgraph.testing.Pipelines;

/**
 * Statements that report other statements ("X pointed out that Y had written ...", "..., the Ledger
 * reported."): the outer speaker's statement is extracted with its whole clause, beside the inner.
 */
class NestedStatementSpecTest {
  private static Quote withCue(AnalysisRecord r, String cue) {
    return r.quotes().stream()
        .filter(q -> cue.equals(q.cue()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote with cue '" + cue + "' in " + r.quotes()));
  }

  @Test
  void pointedOutReportsItsClauseAsTheSubjectsStatement() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Port Audit\n\nAna Ruiz, a researcher at the Harbor Institute, pointed out that the"
                + " port had lost money for three years.");
    Quote q = withCue(r, "pointed out");
    assertThat(q.kind()).isEqualTo("indirect");
    assertThat(q.text()).isEqualTo("the port had lost money for three years");
    assertThat(q.speaker().name()).isEqualTo("Ana Ruiz");
  }

  @Test
  void pointingOutThatSomeoneElseWroteIsTheOuterSpeakersStatementToo() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Port Audit\n\nMayor Tom Alder turned the story back on the paper, pointing out that"
                + " its reporter had written in June that the port was failing.");
    Quote outer = withCue(r, "pointing out");
    assertThat(outer.speaker().name()).isEqualTo("Tom Alder");
    assertThat(outer.text()).startsWith("its reporter had written in June");
    assertThat(withCue(r, "written").text()).isEqualTo("the port was failing");
  }

  @Test
  void pointedAloneIsNoCue() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Port Audit\n\nThe harbor master pointed to the empty berths as the ferry left.");
    assertThat(r.quotes()).isEmpty();
  }

  @Test
  void anOutletReportingAQuotedAnswerReportsTheWholeSentence() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Port Strike\n\nAsked about the strike, Okafor \"bristled\" and said, \"No comment,\""
                + " the Harbor Ledger reported.");
    Quote report = withCue(r, "reported");
    assertThat(report.speaker().name()).isEqualTo("Harbor Ledger");
    assertThat(report.text()).startsWith("Asked about the strike, Okafor");
    Quote answer = withCue(r, "said");
    assertThat(answer.speaker().name()).isEqualTo("Okafor");
    assertThat(answer.via()).isNotNull();
    assertThat(answer.via().name()).isEqualTo("Harbor Ledger");
  }

  @Test
  void anOutletReportingAPartialQuotationReportsTheSpeakersClause() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Port Plan\n\nHarbor chief Omar Reyes said at a port conference that he was \"very"
                + " comfortable with the plan,\" the Ledger reported.");
    Quote report = withCue(r, "reported");
    assertThat(report.speaker().name()).isEqualTo("Ledger");
    assertThat(report.text()).startsWith("Harbor chief Omar Reyes said at a port conference");
  }

  @Test
  void aReportedClauseEndsBeforeTheOutletsTrailingAttribution() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Port Deputy\n\nAlder praised the union, suggesting he might consider Ruiz as a"
                + " deputy, the Ledger reported.");
    assertThat(withCue(r, "suggesting").text()).isEqualTo("he might consider Ruiz as a deputy");
  }

  @Test
  void aQuotationEndingBeforeTheSpeakerIsStillNoReportedClauseOfItsOwn() {
    AnalysisRecord r =
        Pipelines.analyze("Port Plan\n\nThe plan is \"a disgrace,\" Omar Reyes said on Monday.");
    assertThat(r.quotes()).noneMatch(q -> q.kind().equals("indirect"));
  }
}
