package org.newsgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;

/** Misspelt country names as wire copy writes them, and names that only look like one. */
class CountrySpellingsTest {
  private final CountrySpellings spellings = new CountrySpellings(ActorLexicon.builtIn());

  @Test
  void aLetterDroppedAddedOrSwappedStillNamesTheCountry() {
    assertThat(spellings.countryOf("Ethopia")).contains("ETH");
    assertThat(spellings.countryOf("Quatar")).contains("QAT");
    assertThat(spellings.countryOf("Afganistan")).contains("AFG");
    assertThat(spellings.countryOf("Mexcio")).contains("MEX");
  }

  @Test
  void shortNamesOtherFirstLettersAndListedPlacesAreNotMisspellings() {
    assertThat(spellings.countryOf("Iraw")).as("too short to tell from Iran and Iraq").isEmpty();
    assertThat(spellings.countryOf("Prussia")).as("first letter differs from Russia").isEmpty();
    assertThat(spellings.countryOf("Granada")).as("a Spanish city, not Grenada").isEmpty();
    assertThat(spellings.countryOf("ethopia")).as("not a proper name").isEmpty();
  }

  @Test
  void oneEditIsOneInsertionDeletionSubstitutionOrSwap() {
    assertThat(OneEditNames.oneEditApart("quatar", "qatar")).isTrue();
    assertThat(OneEditNames.oneEditApart("brasil", "brazil")).isTrue();
    assertThat(OneEditNames.oneEditApart("mexcio", "mexico")).isTrue();
    assertThat(OneEditNames.oneEditApart("mexico", "mexico")).isFalse();
    assertThat(OneEditNames.oneEditApart("ethiopa", "eritrea")).isFalse();
  }
}
