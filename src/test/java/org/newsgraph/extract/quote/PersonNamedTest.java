package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;

/** Bare names (transcript labels, live-blog stamps) matched on the article's people. */
class PersonNamedTest {
  private static Entity person(String id, String name) {
    return new Entity(id, name, "PERSON", null, null, List.of(new Mention(0, 1, "x")));
  }

  @Test
  void aTranscriptLabelInCapitalsIsThePersonOfThatSurname() {
    EntityLayer people =
        new EntityLayer(List.of(person("E1", "Mary Hollin"), person("E2", "Jake Tamper")));
    assertThat(PersonNamed.find(people, "HOLLIN").name()).isEqualTo("Mary Hollin");
    assertThat(PersonNamed.find(people, "JAKE TAMPER").name()).isEqualTo("Jake Tamper");
  }

  @Test
  void aSurnameTwoPeopleShareNamesNoOne() {
    EntityLayer people =
        new EntityLayer(List.of(person("E1", "Jeb Bush"), person("E2", "George Bush")));
    assertThat(PersonNamed.find(people, "Bush")).isNull();
    assertThat(PersonNamed.ref(people, "Bush").name()).isEqualTo("Bush");
    assertThat(PersonNamed.ref(people, "Bush").entity()).isNull();
  }

  @Test
  void aPlaceOrWordThatNamesNoPersonIsNoMatch() {
    EntityLayer people = new EntityLayer(List.of(person("E1", "Mary Hollin")));
    assertThat(PersonNamed.find(people, "WASHINGTON")).isNull();
    assertThat(PersonNamed.find(people, "LIN")).isNull();
  }

  @Test
  void aNameGluedToATimeStampIsCutFromIt() {
    assertThat(HeadlineSpeaker.lastWordOf("PMOkafor")).isEqualTo("Okafor");
    assertThat(HeadlineSpeaker.lastWordOf("FlagShareLikeReplyAna")).isEqualTo("Ana");
    assertThat(HeadlineSpeaker.lastWordOf("Okafor")).isEqualTo("Okafor");
    assertThat(HeadlineSpeaker.lastWordOf("McCain")).isEqualTo("McCain");
    assertThat(HeadlineSpeaker.lastWordOf("DeSantis")).isEqualTo("DeSantis");
  }
}
