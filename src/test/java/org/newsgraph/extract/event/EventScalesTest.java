package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Goldstein scores as the published CAMEO table gives them (the codes once typed wrong). */
class EventScalesTest {
  private final EventScales scales = EventScales.builtIn();

  @Test
  void scoresFollowThePublishedCameoTable() {
    assertThat(scales.goldstein("035")).isEqualTo(7.0); // ease sanctions: 5.0 typed from memory
    assertThat(scales.goldstein("165")).isEqualTo(-6.5);
    assertThat(scales.goldstein("201")).isEqualTo(-9.5);
    assertThat(scales.goldstein("024")).isEqualTo(-0.3);
  }

  @Test
  void aFourDigitCodeThatDiffersFromItsParentKeepsItsOwnScore() {
    assertThat(scales.goldstein("0874")).isEqualTo(10.0); // 087 is 9.0
    assertThat(scales.goldstein("1821")).isEqualTo(-9.0); // 182 is -9.5
    assertThat(scales.goldstein("1823")).isEqualTo(-10.0);
  }

  @Test
  void anUnlistedCodeTakesItsParentsScore() {
    assertThat(scales.goldstein("1712")).isEqualTo(-9.2);
    assertThat(scales.quadClass("SANCTION")).isEqualTo("VERBAL_CONFLICT");
  }
}
