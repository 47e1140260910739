package org.newsgraph.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Event;
import org.newsgraph.model.Location;
import org.newsgraph.model.Place;
import org.newsgraph.testing.Pipelines;
import org.newsgraph.testing.SharedData;

/** Places and event locations through the real pipeline, on sentences written for each rule. */
class PlaceResolverSpecTest {
  private static AnalysisRecord analyze(String text) {
    return Pipelines.analyze(text, "2031-04-04");
  }

  private static Place place(AnalysisRecord r, String name) {
    return r.places().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  @Test
  void datelinePlacesTheEventInCaracasWithCoordinates() {
    AnalysisRecord r =
        analyze(
            "CARACAS, Venezuela (AP) — Venezuelan officials condemned the United States on"
                + " Tuesday.");
    Event e = r.events().get(0);
    Location where = e.location();
    assertThat(where.name()).isEqualTo("Caracas");
    assertThat(where.country()).isEqualTo("VEN");
    assertThat(where.lat()).isCloseTo(10.5, offset(0.2));
    assertThat(where.lon()).isCloseTo(-66.9, offset(0.2));
    assertThat(where.basis()).isEqualTo("dateline");
    assertThat(place(r, "Caracas").mentions().get(0).text()).isEqualTo("CARACAS");
  }

  @Test
  void protestersMarchedInParisIsParisFranceNotParisTexas() {
    AnalysisRecord r =
        analyze("U.S. officials watched as thousands of protesters marched in Paris on Saturday.");
    Place paris = place(r, "Paris");
    assertThat(paris.country()).isEqualTo("FRA");
    assertThat(paris.lat()).isCloseTo(48.86, offset(0.1));
  }

  @Test
  void parisTexasIsTheTexasOneWhenTheArticleSaysSo() {
    AnalysisRecord r = analyze("A tornado struck Paris, Texas, late on Monday.");
    assertThat(place(r, "Paris").country()).isEqualTo("USA");
    assertThat(place(r, "Paris").lat()).isCloseTo(33.66, offset(0.1));
  }

  @Test
  void georgiaWithTbilisiIsTheCountry() {
    AnalysisRecord r =
        analyze(
            "Police clashed with protesters in Georgia on Sunday. Crowds gathered outside"
                + " parliament in Tbilisi.");
    assertThat(place(r, "Georgia").country()).isEqualTo("GEO");
  }

  @Test
  void georgiaWithAtlantaIsTheUsState() {
    AnalysisRecord r =
        analyze(
            "Voters lined up in Georgia on Tuesday. Turnout in Atlanta was the highest in years.");
    Place georgia = place(r, "Georgia");
    assertThat(georgia.country()).isEqualTo("USA");
    assertThat(georgia.lat()).isBetween(30.0, 35.5);
  }

  @Test
  void aDemonymPicksTheCountryOfAnAmbiguousCity() {
    assertThat(place(analyze("Spanish police arrested two men in Valencia on Friday."), "Valencia"))
        .extracting(Place::country)
        .isEqualTo("ESP");
    assertThat(
            place(analyze("Venezuelan police arrested two men in Valencia on Friday."), "Valencia"))
        .extracting(Place::country)
        .isEqualTo("VEN");
  }

  @Test
  void anApAbbreviationNamesTheState() {
    AnalysisRecord r = analyze("Clinton spoke at a convention in Kansas City, Mo., on Thursday.");
    assertThat(place(r, "Kansas City").country()).isEqualTo("USA");
    assertThat(place(r, "Kansas City").lon()).isCloseTo(-94.6, offset(0.3));
  }

  @Test
  void namingAStateDoesNotMoveParisToThatState() {
    AnalysisRecord r =
        analyze(
            "Voters in Kentucky and Tennessee went to the polls. The deal was reached at climate"
                + " talks in Paris last year.");
    assertThat(place(r, "Paris").country()).isEqualTo("FRA");
  }

  @Test
  void namingChinaDoesNotMakeMaliAChineseTown() {
    AnalysisRecord r =
        analyze(
            "China sent engineers to the mission. Peacekeepers were attacked in northern Mali on"
                + " Sunday.");
    assertThat(place(r, "Mali").country()).isEqualTo("MLI");
  }

  @Test
  void anOceanIsNotTheTownOfItsName() {
    AnalysisRecord r = analyze("The storm moved across the Pacific on Tuesday.");
    Place pacific = place(r, "Pacific");
    assertThat(pacific).isNotNull();
    assertThat(pacific.country()).isNull();
    assertThat(pacific.lat()).isNull();
  }

  @Test
  void jordanTheBasketballPlayerIsNotAPlace() {
    AnalysisRecord r =
        analyze("Michael Jordan scored 40 points on Friday. Jordan said the team played well.");
    assertThat(r.places()).extracting(Place::name).doesNotContain("Jordan");
  }

  @Test
  void parisHiltonIsNotAPlace() {
    AnalysisRecord r = analyze("Paris Hilton arrived at the gala on Friday.");
    assertThat(r.places()).extracting(Place::name).doesNotContain("Paris", "Paris Hilton");
  }

  @Test
  void offTheCoastOfVenezuelaPlacesTheSeizureInVenezuela() {
    AnalysisRecord r =
        analyze("U.S. forces seized an oil tanker off the coast of Venezuela on Wednesday.");
    Event seize = r.events().stream().filter(e -> e.type().equals("COERCE")).findFirst().get();
    assertThat(seize.location().country()).isEqualTo("VEN");
    assertThat(seize.location().basis()).isEqualTo("clause");
    assertThat(seize.location().lat()).isNotNull();
  }

  @Test
  void aTownAfterNearIsResolvedEvenWhenNerMissesIt() {
    AnalysisRecord r =
        analyze("Turkish troops shelled positions near Cizre on Thursday, officials said.");
    Place cizre = place(r, "Cizre");
    assertThat(cizre).isNotNull();
    assertThat(cizre.country()).isEqualTo("TUR");
  }

  @Test
  void aMonthAfterInIsNotAPlace() {
    AnalysisRecord r = analyze("The minister resigned in March after the vote.");
    assertThat(r.places()).isEmpty();
  }

  /**
   * The sample article places the deployment in its own clause ("deployed ... to the Caribbean");
   * its tanker seizure names no place, so that event has none. The Caribbean is a sea, which the
   * gazetteer of towns, divisions and countries does not hold: no coordinates.
   */
  @Test
  void sampleArticleCaribbeanDeploymentIsPlacedAndItsCountriesHaveCoordinates() throws Exception {
    Path sample = SharedData.require("samples/000_f48f75ccd9ae9169.txt");
    AnalysisRecord r = Pipelines.analyze(Files.readString(sample), null);
    Event deployment =
        r.events().stream().filter(e -> e.type().equals("MOBILIZE")).findFirst().get();
    assertThat(deployment.location().name()).isEqualTo("Caribbean");
    assertThat(deployment.location().basis()).isEqualTo("clause");
    assertThat(place(r, "Caracas").lat()).isCloseTo(10.5, offset(0.2));
    assertThat(place(r, "Venezuela").country()).isEqualTo("VEN");
    assertThat(place(r, "Venezuela").lat()).isNotNull();
  }

  @Test
  void kashmirIsNotTheWashingtonTownThatOnceBoreItsName() {
    AnalysisRecord r =
        analyze("Indian troops killed three militants in Kashmir on Sunday, police said.");
    assertThat(place(r, "Kashmir").country()).isNull();
  }

  @Test
  void aProvinceNamedWithoutItsGenericWordIsTheDivision() {
    AnalysisRecord r =
        analyze(
            "Guerrillas attacked a police post in Cauca province on Monday. Rebels have long"
                + " operated in Cauca.");
    assertThat(place(r, "Cauca").country()).isEqualTo("COL");
    assertThat(place(r, "Cauca").lat()).isCloseTo(2.6, offset(0.5));
  }

  @Test
  void aStateAbbreviationWhosePeriodEndedTheSentenceStillQualifiesTheTown() {
    AnalysisRecord r = analyze("The president spoke on the bridge in Selma, Ala.");
    assertThat(place(r, "Selma").country()).isEqualTo("USA");
    assertThat(place(r, "Selma").lat()).isCloseTo(32.4, offset(0.2));
  }

  @Test
  void aDatelineTownFoundByAnAlternateNameKeepsTheNameTheArticleGives() {
    AnalysisRecord r =
        analyze("FAIRVIEW, W.Va. - Miners returned to work on Monday after a two-week strike.");
    Place town = r.places().get(0);
    assertThat(town.name()).isEqualTo("Fairview");
    assertThat(town.lat()).isBetween(37.0, 40.7); // West Virginia, not Costa Mesa, California
    assertThat(town.lon()).isBetween(-82.7, -77.7);
  }
}
