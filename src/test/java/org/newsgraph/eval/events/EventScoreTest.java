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
}
