package org.newsgraph.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dateline's place at the start of a wire story. */
class DatelinePlaceTest {
  private static final DatelinePlace DATELINES = DatelinePlace.builtIn();

  @Test
  void cityCountryAndAgency() {
    DatelinePlace.Found d = DATELINES.find("CARACAS, Venezuela (AP) — Officials said on Monday.");
    assertThat(d.city()).isEqualTo("CARACAS");
    assertThat(d.qualifier()).isEqualTo("Venezuela");
    assertThat(d.start()).isZero();
    assertThat(d.end()).isEqualTo(7);
  }

  @Test
  void cityAndAgencyWithoutCountry() {
    DatelinePlace.Found d = DATELINES.find("WASHINGTON (Reuters) - The Senate voted on Friday.");
    assertThat(d.city()).isEqualTo("WASHINGTON");
    assertThat(d.qualifier()).isNull();
  }

  @Test
  void aDateAfterTheCityIsNotItsQualifier() {
    DatelinePlace.Found d = DATELINES.find("LONDON, Dec. 11 (Reuters) - Shares fell.");
    assertThat(d.city()).isEqualTo("LONDON");
    assertThat(d.qualifier()).isNull();
  }

  @Test
  void theDatelineMayFollowTheTitleLine() {
    DatelinePlace.Found d = DATELINES.find("Storm hits coast\n\nPARIS, Texas — A storm hit.");
    assertThat(d.city()).isEqualTo("PARIS");
    assertThat(d.qualifier()).isEqualTo("Texas");
    assertThat(d.start()).isEqualTo(18);
  }

  @Test
  void anOrdinarySentenceHasNoDateline() {
    assertThat(DATELINES.find("The UN said on Monday that talks - if any - would resume."))
        .isNull();
  }
}
