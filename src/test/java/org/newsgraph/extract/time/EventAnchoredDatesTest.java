package org.newsgraph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;

/** Dates anchored to an action take the action's date plus their offset. */
class EventAnchoredDatesTest {
  private static final String TEXT = "The talks resumed two days after rebels seized the airport.";

  private static Event seizure(String date, String dateSource) {
    int at = TEXT.indexOf("seized");
    return new Event(
        "V1",
        "COERCE",
        "seize",
        "171",
        null,
        null,
        date,
        dateSource,
        null,
        false,
        false,
        Mention.of(TEXT, 0, TEXT.length()),
        Mention.of(TEXT, at, at + 6),
        0.5,
        null,
        null,
        null,
        List.of());
  }

  private static DateMention twoDaysAfter() {
    int start = TEXT.indexOf("two days");
    int end = TEXT.indexOf(".");
    return new DateMention(
        TEXT.substring(start, end),
        null,
        start,
        end,
        "on",
        "event",
        "P2D",
        "rebels seized the airport");
  }

  @Test
  void twoDaysAfterADatedSeizureIsTwoDaysLater() {
    List<DateMention> out =
        EventAnchoredDates.resolve(List.of(twoDaysAfter()), List.of(seizure("2025-03-04", "text")));
    assertThat(out.get(0).value()).isEqualTo("2025-03-06");
  }

  @Test
  void anActionDatedOnlyByThePublicationLeavesTheDateOpen() {
    List<DateMention> out =
        EventAnchoredDates.resolve(
            List.of(twoDaysAfter()), List.of(seizure("2025-03-07", "published")));
    assertThat(out.get(0).value()).isNull();
  }
}
