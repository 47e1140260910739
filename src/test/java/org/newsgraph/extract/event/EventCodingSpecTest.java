package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Event;
import org.newsgraph.testing.Pipelines;
import org.newsgraph.testing.SharedData;

/** PLOVER coding through the real pipeline, on sentences written for each behaviour. */
class EventCodingSpecTest {
  private static List<Event> plain(AnalysisRecord r, String type) {
    return r.events().stream()
        .filter(e -> e.type().equals(type) && !e.negated() && !e.hypothetical())
        .toList();
  }

  @Test
  void phoneCallIsConsultPhoneBetweenBothLeaders() {
    AnalysisRecord r = Pipelines.fixture("events/call-and-seizure.txt", "2031-04-04");
    Event call = plain(r, "CONSULT").get(0);
    assertThat(call.mode()).isEqualTo("phone");
    assertThat(call.quadClass()).isEqualTo("VERBAL_COOPERATION");
    assertThat(call.goldstein()).isEqualTo(1.0);
  }

  @Test
  void theConversationIsTheCallAndDatesTheSeizureOneDayEarlier() {
    AnalysisRecord r = Pipelines.fixture("events/call-and-seizure.txt", "2031-04-04");
    Event call = plain(r, "CONSULT").get(0);
    assertThat(call.mentions()).extracting(m -> m.text()).contains("conversation");
    Event seize = plain(r, "COERCE").get(0);
    assertThat(seize.mode()).isEqualTo("seize");
    assertThat(seize.date()).isEqualTo(EventDating.minus(call.date(), "P1D"));
  }

  @Test
  void reaffirmedSupportIsSupportFromTheCapitalToTheOther() {
    AnalysisRecord r =
        Pipelines.analyze("Paris reaffirmed its support for Rome on Monday.", "2031-04-04");
    Event s = plain(r, "SUPPORT").get(0);
    assertThat(s.source().actor().country()).isEqualTo("FRA");
    assertThat(s.target().actor().country()).isEqualTo("ITA");
  }

  @Test
  void nationalModifierAndSectorNounCodeAnUnnamedGroup() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Chilean army helicopters fired on Bolivian villagers near the border.", "2031-04-04");
    Event a = plain(r, "ASSAULT").get(0);
    assertThat(a.source().actor().code()).isEqualTo("CHLMIL");
    assertThat(a.target().actor().code()).isEqualTo("BOLCVL");
  }

  @Test
  void theyStandsForTheGroupNamedBefore() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Peruvian rebels said on Monday that they had kidnapped two engineers.", "2031-04-04");
    assertThat(r.events())
        .anySatisfy(e -> assertThat(e.source().actor().code()).isEqualTo("PERREB"));
  }

  @Test
  void anActionInAnAfterClauseHappenedAndCarriesItsOwnDate() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Peace talks resumed two days after rebels seized the airport on Tuesday.",
            "2031-04-04");
    Event seize = plain(r, "COERCE").get(0);
    assertThat(seize.date()).as("the Tuesday before 2031-04-04, a Friday").isEqualTo("2031-04-01");
    assertThat(seize.source().actor().sector()).isEqualTo("REB");
  }

  @Test
  void bothLeadersAreTheTwoPeopleJustNamed() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Chilean President Ana Ruiz spoke with Peruvian President Marco Silva on Monday. "
                + "According to the ministry, both leaders restated their commitment to joint"
                + " energy projects.",
            "2031-04-04");
    Event commitment = plain(r, "AGREE").get(0);
    assertThat(commitment.source().name()).isEqualTo("Ana Ruiz");
    assertThat(commitment.source().actor().code()).isEqualTo("CHLGOV");
    assertThat(commitment.target().name()).isEqualTo("Marco Silva");
    assertThat(commitment.target().actor().code()).isEqualTo("PERGOV");
  }

  @Test
  void aThreatToSeizeIsThreatenNotCoerce() {
    AnalysisRecord r =
        Pipelines.analyze(
            "The Peruvian navy threatened to seize any trawler that enters the bay.", "2031-04-04");
    assertThat(plain(r, "THREATEN")).isNotEmpty();
    assertThat(plain(r, "COERCE")).isEmpty();
  }

  @Test
  void aCallThatDidNotHappenIsNegated() {
    AnalysisRecord r =
        Pipelines.analyze(
            "The spokesman said President Mota had not spoken with the Chilean president.",
            "2031-04-04");
    assertThat(plain(r, "CONSULT")).isEmpty();
  }

  @Test
  void neitherWillingToProvideIsNoPlainAid() {
    AnalysisRecord r =
        Pipelines.analyze(
            "The analyst said neither government appears willing to provide military aid to"
                + " Lima.",
            "2031-04-04");
    assertThat(plain(r, "AID")).isEmpty();
  }

  @Test
  void aHyphenatedFlagIsNotTheTargetTheVesselIs() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Chilean forces seized a Panama-flagged freighter carrying two million barrels of"
                + " Peruvian diesel on Tuesday.",
            "2031-04-04");
    Event seize = plain(r, "COERCE").get(0);
    assertThat(seize.target().name()).isEqualTo("Panama-flagged freighter");
    assertThat(seize.target().actor().country()).isEqualTo("PER");
  }

  @Test
  void sampleArticleHasTheDoneWhenEvents() throws Exception {
    Path sample = SharedData.require("samples/000_f48f75ccd9ae9169.txt");
    AnalysisRecord r = Pipelines.analyze(Files.readString(sample), "2025-12-11");
    assertThat(plain(r, "CONSULT"))
        .anyMatch(e -> "phone".equals(e.mode()) && e.date().equals("2025-12-11"));
    assertThat(plain(r, "CONSULT"))
        .noneMatch(e -> e.source() != null && e.source().name().contains("Trump"));
    assertThat(plain(r, "SUPPORT"))
        .anyMatch(
            e ->
                e.source().actor().code().equals("RUSGOV")
                    && e.target() != null
                    && e.target().actor() != null
                    && e.target().actor().code().equals("VENGOV"));
    assertThat(plain(r, "COERCE"))
        .anyMatch(
            e ->
                "seize".equals(e.mode())
                    && e.source().actor().country().equals("USA")
                    && e.date().equals("2025-12-10")
                    && e.target().name().contains("tanker")
                    && !"GUY"
                        .equals(e.target().actor() == null ? null : e.target().actor().country()));
    assertThat(plain(r, "ACCUSE"))
        .anyMatch(
            e ->
                e.source().actor().code().equals("VENGOV")
                    && e.target().actor().country().equals("USA"));
    assertThat(plain(r, "MOBILIZE")).anyMatch(e -> e.date().equals("2025-09"));
    assertThat(plain(r, "AID")).isEmpty();
  }
}
