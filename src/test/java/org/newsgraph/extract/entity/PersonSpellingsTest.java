package org.newsgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;

/** Misspelt full names of known leaders as wire copy writes them, and names that are not. */
class PersonSpellingsTest {
  private final PersonSpellings spellings = new PersonSpellings(ActorLexicon.builtIn());

  @Test
  void aFullNameOneLetterOffNamesTheKnownPerson() {
    assertThat(spellings.personOf("Francois Mitterand")).contains("François Mitterrand");
    assertThat(spellings.personOf("Abdelaziz Bouteflicka")).contains("Abdelaziz Bouteflika");
  }

  @Test
  void surnamesAloneFarNamesAndOtherFirstLettersAreNotMisspellings() {
    assertThat(spellings.personOf("Mitterand")).as("a surname alone is too short").isEmpty();
    assertThat(spellings.personOf("Francois Mitterrant Dupont")).as("more than one edit").isEmpty();
    assertThat(spellings.personOf("Brancois Mitterrand")).as("first letter differs").isEmpty();
  }
}
