package org.newsgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;

/** A person's gender as the article lets one tell it. */
class GendersTest {
  @Test
  void aFirstNameTellsTheGender() {
    assertThat(Genders.ofName("Maria Okafor")).isEqualTo('F');
    assertThat(Genders.ofName("John Bello")).isEqualTo('M');
  }

  @Test
  void titlesAndInitialsBeforeTheFirstNameArePassedOver() {
    assertThat(Genders.ofName("Sen. Maria Okafor")).isEqualTo('F');
    assertThat(Genders.ofName("J. Robert Bello")).isEqualTo('M');
  }

  @Test
  void aSurnameAloneTellsNothing() {
    assertThat(Genders.ofName("Okafor")).isNull();
    assertThat(Genders.ofName("Bello")).isNull();
  }

  @Test
  void aGenderedTitleOutweighsTheName() {
    Entity e =
        new Entity(
            "E1", "Kim Lee", "PERSON", "spokesman", null, List.of(new Mention(0, 7, "Kim Lee")));
    assertThat(Genders.of(e)).isEqualTo('M');
  }

  @Test
  void pronounsResolvedToThePersonTellWhenNothingElseDoes() {
    Entity e =
        new Entity(
            "E1",
            "Okafor",
            "PERSON",
            null,
            null,
            List.of(new Mention(0, 6, "Okafor"), new Mention(20, 23, "she")));
    assertThat(Genders.of(e)).isEqualTo('F');
  }

  @Test
  void anOrganizationHasNoGender() {
    Entity e = new Entity("E1", "Maria Foods", "ORGANIZATION", null, null, List.of());
    assertThat(Genders.of(e)).isNull();
  }

  @Test
  void theArticlesPronounsOutweighTheFirstName() {
    Entity e =
        new Entity(
            "E1",
            "Lindsey Okoro",
            "PERSON",
            null,
            null,
            List.of(new Mention(0, 13, "Lindsey Okoro"), new Mention(30, 32, "he")));
    assertThat(Genders.of(e)).isEqualTo('M');
  }
}
