package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Event;
import org.newsgraph.testing.Pipelines;

/** Events with actors, dates and negation, read by the real pipeline from written articles. */
class EventSpecTest {
  @Test
  void seizureIsCoercionByTheForcesOnTheDayTheTextGives() {
    AnalysisRecord r = Pipelines.fixture("seizure.txt", "2025-12-11");
    Event seize =
        r.events().stream()
            .filter(e -> e.trigger().text().equals("seized"))
            .findFirst()
            .orElseThrow();
    assertThat(seize.type()).isEqualTo("COERCE");
    assertThat(seize.mode()).isEqualTo("seize");
    assertThat(seize.source().actor().code()).isEqualTo("USAMIL");
    assertThat(seize.date()).isEqualTo("2025-12-10");
    assertThat(seize.dateSource()).isEqualTo("text");
    assertThat(seize.negated()).isFalse();
  }

  @Test
  void anActionThatDidNotHappenIsNeverAPlainEvent() {
    AnalysisRecord r = Pipelines.fixture("negated-call.txt", "2025-03-07");
    assertThat(r.events())
        .filteredOn(e -> e.type().equals("CONSULT"))
        .allMatch(e -> e.negated() || e.hypothetical());
  }

  @Test
  void evidenceIsTheSentenceTheEventWasReadFrom() {
    AnalysisRecord r = Pipelines.fixture("seizure.txt", "2025-12-11");
    String text = r.article().text();
    r.events()
        .forEach(
            e -> {
              assertThat(text.substring(e.evidence().start(), e.evidence().end()))
                  .isEqualTo(e.evidence().text());
              assertThat(e.evidence().text()).contains(e.trigger().text());
            });
  }
}
