package org.newsgraph.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The GeoNames index the build writes, and the name keys it is searched by. */
class GazetteerTest {
  private static final Gazetteer GAZ = Gazetteer.shared();

  @Test
  void caracasIsVenezuelasCapitalWithItsCoordinates() {
    GeoName caracas =
        GAZ.named("Caracas").stream().filter(g -> g.country().equals("VEN")).findFirst().get();
    assertThat(caracas.feature()).isEqualTo("PPLC");
    assertThat(caracas.lat()).isBetween(10.3, 10.7);
    assertThat(caracas.lon()).isBetween(-67.1, -66.7);
  }

  @Test
  void theMostPopulousParisIsInFranceAndTexasHasOneToo() {
    GeoName biggest =
        GAZ.named("Paris").stream().max(Comparator.comparingLong(GeoName::population)).get();
    assertThat(biggest.country()).isEqualTo("FRA");
    assertThat(GAZ.named("Paris"))
        .anyMatch(g -> g.country().equals("USA") && g.admin1().equals("TX"));
  }

  @Test
  void georgiaTheStateIsADivisionAndTheCountryHasACentre() {
    assertThat(GAZ.named("Georgia")).anyMatch(g -> g.isDivision() && g.country().equals("USA"));
    GeoName geo = GAZ.country("GEO");
    assertThat(geo.lat()).isBetween(41.0, 43.0);
    assertThat(geo.lon()).isBetween(40.0, 47.0);
  }

  @Test
  void namesMatchWithoutAccentsCaseOrSaintAbbreviation() {
    assertThat(Gazetteer.key("Saint-Étienne")).isEqualTo(Gazetteer.key("St. Etienne"));
    assertThat(Gazetteer.key("  BOGOTÁ ")).isEqualTo("bogota");
    assertThat(GAZ.named("Bogota")).anyMatch(g -> g.country().equals("COL"));
  }

  @Test
  void alternateNamesInLatinScriptAreKeptAndCodesAreNot() {
    assertThat(GazetteerIndexBuilder.keys("Caracas", "Caracas", "CCS,Karakas,ka la ka si,Каракас"))
        .containsExactly("caracas", "karakas");
  }

  @Test
  void aMalformedIndexLineNamesTheSourceAndLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("# header\nCaracas\tcaracas\tVEN\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(
            () -> Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()), "bad.tsv.gz"))
        .hasMessageContaining("bad.tsv.gz:2");
  }
}
