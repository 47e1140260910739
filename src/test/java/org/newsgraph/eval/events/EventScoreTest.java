package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Mention;

class EventScoreTest {
  private static Event event(String type, String src, String tgt, boolean negated) {
    return new Event(
        "V1",
        type,
        null,
        null,
        new EventActor(null, src, Actor.of(src, null)),
        new EventActor(null, tgt, Actor.of(tgt, null)),
        null,
        null,
        null,
        negated,
        false,
        null,
        new Mention(0, 4, "word"),
        0.5,
        null,
        null,
        null,
        List.of());
  }

  @Test
  void typeAndRolesAreScoredSeparatelyAndNegatedEventsDoNotCount() {
    GoldEvent gold =
        new GoldEvent(
            "g1",
            "text",
            "SUPPORT",
            List.of(new GoldEvent.GoldActor("Paris", "FRA", null)),
            List.of(new GoldEvent.GoldActor("Rome", "ITA", null)));
    EventScore s = new EventScore();
    s.add(
        gold, List.of(event("SUPPORT", "FRA", "DEU", false), event("ASSAULT", "FRA", "ITA", true)));
    assertThat(s.typeF1()).isEqualTo(1.0);
    assertThat(s.fullF1()).isEqualTo(0.0);
  }

  @Test
  void aCategoryAnotherGoldRecordOfTheSentenceHoldsIsNoFalsePositive() {
    GoldEvent assault =
        new GoldEvent(
            "g1",
            "Police opened fire on the marchers, killing one and arresting twelve.",
            "ASSAULT",
            List.of(),
            List.of());
    List<Event> got =
        List.of(event("ASSAULT", "FRA", "FRA", false), event("COERCE", "FRA", "FRA", false));
    EventScore alone = new EventScore();
    alone.add(assault, got);
    assertThat(alone.typeF1()).isLessThan(1.0);
    EventScore both = new EventScore();
    both.add(assault, got, java.util.Set.of("ASSAULT", "COERCE"));
    assertThat(both.typeF1()).isEqualTo(1.0);
  }

  @Test
  void anEventOutsideTheGoldsMarkedWordsIsNoFalsePositiveOnTheMarkedScore() {
    GoldEvent gold =
        new GoldEvent(
            "g1",
            "Guerrillas shelled the port, killing four.",
            "ASSAULT",
            List.of(),
            List.of(),
            List.of("shelled"));
    Event unmarked = event("PROTEST", "FRA", "FRA", false); // trigger "word" is not marked
    EventScore s = new EventScore();
    s.add(gold, List.of(event("ASSAULT", "FRA", "FRA", false), unmarked));
    assertThat(s.typeF1()).isLessThan(1.0);
    assertThat(s.markedTypeF1()).isEqualTo(1.0);
  }

  @Test
  void aRightRecordWithAnotherCategoryIsListedApartFromTheMisses() {
    GoldEvent gold =
        new GoldEvent("g1", "Rebels shelled the port.", "ASSAULT", List.of(), List.of());
    EventScore s = new EventScore();
    s.add(
        gold,
        List.of(event("ASSAULT", "FRA", "FRA", false), event("PROTEST", "FRA", "FRA", false)));
    String report = s.report(true);
    assertThat(report).contains("misses (0)").contains("right, with other categories besides (1)");
    assertThat(report).contains("PROTEST 'word'");
  }
}
