package org.newsgraph.extract.event.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.rules.RuleFile;
import org.newsgraph.testing.Pipelines;

/** Which phrase of a sentence becomes an event's source and which its target. */
class EventRoleSpecTest {
  private static List<Event> events(String text) {
    return Pipelines.analyze(text, "2031-04-04").events();
  }

  private static List<Event> plain(String text, String type) {
    return events(text).stream()
        .filter(e -> e.type().equals(type) && !e.negated() && !e.hypothetical())
        .toList();
  }

  private static String code(EventActor a) {
    return a == null || a.actor() == null ? null : a.actor().code();
  }

  private static String country(EventActor a) {
    return a == null || a.actor() == null ? null : a.actor().country();
  }

  /** The lines of a rule file whose example has no event with the source country it names. */
  private static List<String> sourceMissed(String resource) {
    return missed(resource, 2, (f, e) -> f[1].equals(country(e.source())));
  }

  /**
   * The lines of a rule file whose example (the given column) has no event that passes the test
   * with the line's fields.
   */
  private static List<String> missed(
      String resource, int example, java.util.function.BiPredicate<String[], Event> test) {
    List<String> missed = new ArrayList<>();
    for (RuleFile.Line line : RuleFile.read(resource)) {
      String[] f = line.fields();
      List<Event> got = events(f[example]);
      if (got.stream().noneMatch(e -> test.test(f, e))) {
        missed.add(line.text() + " -> " + got);
      }
    }
    return missed;
  }

  @Test
  void aDatelineHungOnTheSubjectIsNotPartOfTheSourceName() {
    assertThat(
            plain(
                "Police station\n\nLAGOS, Nigeria (AP) — Gunmen attacked a police station in"
                    + " Lagos on Sunday.",
                "ASSAULT"))
        .singleElement()
        .satisfies(e -> assertThat(e.source().name()).isEqualTo("Gunmen"));
  }

  @Test
  void theSubjectOfAStativePassiveIsTheSource() {
    assertThat(plain("Bolivia is opposed to Chilean mediation in the border talks.", "REJECT"))
        .anySatisfy(
            e -> {
              assertThat(country(e.source())).isEqualTo("BOL");
              assertThat(country(e.target())).isEqualTo("CHL");
            });
  }

  @Test
  void everyStativeParticipleMakesTheSubjectOfItsExampleTheSource() {
    assertThat(sourceMissed("/event/stative-participles.tsv")).isEmpty();
  }

  @Test
  void aParticipleOnADocumentSpeaksForWhoeverIssuedIt() {
    assertThat(
            plain(
                "The Peruvian miners' union issued a declaration demanding that the Chilean"
                    + " government release its leader.",
                "REQUEST"))
        .anySatisfy(
            e -> {
              assertThat(country(e.source())).isEqualTo("PER");
              assertThat(code(e.target())).isEqualTo("CHLGOV");
            });
  }

  @Test
  void everyDocumentNounGivesItsExampleTheIssuerAsSource() {
    assertThat(sourceMissed("/event/document-nouns.tsv")).isEmpty();
  }

  @Test
  void demandingThatAnotherActTargetsTheOneAsked() {
    assertThat(
            plain(
                "Peru demanded that the Chilean government return the captured trawler.",
                "REQUEST"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("CHLGOV"));
    assertThat(
            plain("Peru reiterated its demand that Chile return the captured trawler.", "REQUEST"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("CHL"));
  }

  @Test
  void aBombNamedInPlaceOfAPassivesAgentIsTheSource() {
    assertThat(
            plain(
                "A Peruvian journalist was killed in a car bomb explosion in the Bolivian town of"
                    + " Oruro.",
                "ASSAULT"))
        .anySatisfy(
            e -> {
              assertThat(country(e.source())).isEqualTo("BOL");
              assertThat(country(e.target())).isEqualTo("PER");
            });
  }

  @Test
  void forcesMobilizedAreNotTheTarget() {
    assertThat(
            plain("Chile mobilized army reservists for a possible war against Peru.", "MOBILIZE"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("PER"));
    assertThat(plain("Chile has strengthened its forces in Bolivia after the clashes.", "MOBILIZE"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("BOL"));
  }

  @Test
  void aPlaceInsideTheObjectIsTheTargetOfAnActDoneThere() {
    assertThat(plain("The Peruvian government evacuated three villages in Bolivia.", "RETREAT"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("BOL"));
  }

  @Test
  void refugeesTakeTheCountryTheyAreFleeing() {
    assertThat(
            plain(
                "Brazil agreed to send food aid to refugees fleeing the fighting in Bolivia.",
                "AGREE"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("BOL"));
  }

  @Test
  void crimesAreTheirAuthorsNotTheirVictims() {
    assertThat(
            plain(
                "Peru is investigating alleged war crimes by Peruvian soldiers against Bolivian"
                    + " farmers.",
                "ACCUSE"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("PERMIL"));
  }

  @Test
  void aComplaintTargetsWhoItIsAboutNotWhoHearsIt() {
    assertThat(
            plain(
                "Peru complained to the United Nations over Chilean air raids on its border posts.",
                "ACCUSE"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("CHL"));
  }

  @Test
  void everyVerbRoleCaseCodesTheTargetOfItsOwnExample() {
    List<String> missed = new ArrayList<>();
    for (RuleFile.Line line : RuleFile.read("/event/verb-role-cases.tsv")) {
      String[] f = line.fields();
      String after = f[2].substring(f[2].indexOf(" " + f[1] + " ") + f[1].length() + 2);
      boolean coded =
          plain(f[2], f[0]).stream()
              .anyMatch(e -> code(e.target()) != null && after.contains(e.target().name()));
      if (!coded) {
        missed.add(line.text() + " -> " + plain(f[2], f[0]));
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void aWordOfTheTriggerIsNoTarget() {
    assertThat(plain("Chilean dockers stopped work on Monday over a new port law.", "PROTEST"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("CHLGOV"));
  }

  @Test
  void aPrepositionalTargetIsReadForTheActorItIsAimedAt() {
    // a call for action against someone rallies opposition to them (ACCUSE, CAMEO 113)
    assertThat(plain("Peru called on Monday for sanctions against Chile.", "ACCUSE"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("CHL"));
  }

  @Test
  void theTargetOfAnAttackIsWhomItsPurposeNames() {
    assertThat(
            plain(
                "Bolivian police opened fire to disperse striking Peruvian miners on Monday.",
                "ASSAULT"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("PER"));
  }

  @Test
  void aNameBeforeTheDayInWireCopyIsTheSubject() {
    assertThat(plain("Peru Friday reimposed a curfew in the Bolivian town of Oruro.", "COERCE"))
        .anySatisfy(e -> assertThat(country(e.source())).isEqualTo("PER"));
  }

  @Test
  void whatIsBrokenIntoNamesTheTarget() {
    assertThat(
            plain(
                "Peruvian agents tried to hack into the computers of the Chilean navy.", "COERCE"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("CHLMIL"));
  }

  @Test
  void aThreatToForcesTargetsWhereTheyWouldGo() {
    List<String> missed = new ArrayList<>();
    for (RuleFile.Line line : RuleFile.read("/event/force-verbs.tsv")) {
      String example = line.fields()[1];
      String place = example.substring(example.lastIndexOf(' ') + 1, example.length() - 1);
      List<Event> got = events(example);
      boolean aimed =
          got.stream()
              .anyMatch(
                  e ->
                      !e.type().equals("MOBILIZE")
                          && e.target() != null
                          && e.target().name().equals(place));
      if (!aimed) {
        missed.add(line.text() + " -> " + got);
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void aTownNamedInTheContentOfAThreatStandsForItsPeople() {
    assertThat(
            plain("Chile threatened to ban rallies in La Paz if the rebels marched.", "THREATEN"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("BOLCVL"));
  }

  @Test
  void aBareVerbParsedAsAnObjectSharesItsGovernorsSubject() {
    assertThat(
            plain(
                "Chile has hired lawyers in Lima to help support the claims of Bolivian miners.",
                "SUPPORT"))
        .anySatisfy(e -> assertThat(country(e.source())).isEqualTo("CHL"));
  }

  @Test
  void aPassiveWithNoAgentIsDoneByTheCountryItHappensIn() {
    assertThat(
            plain(
                "A Chilean journalist was arrested in Peru on Monday, the Andean news agency"
                    + " reported.",
                "COERCE"))
        .anySatisfy(
            e -> {
              assertThat(code(e.source())).isEqualTo("PER");
              assertThat(country(e.target())).isEqualTo("CHL");
            });
  }

  @Test
  void forcesWithdrawnFromAPlaceAreNotTheTarget() {
    assertThat(plain("Chile withdrew its engineers from Bolivia on Friday.", "RETREAT"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("BOL"));
  }

  @Test
  void aCityStruckStandsForItsPeopleNotItsGovernment() {
    assertThat(plain("Peruvian artillery shelled La Paz on Tuesday.", "ASSAULT"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("BOLCVL"));
    assertThat(plain("Chile accused Lima of spying.", "ACCUSE"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("PERGOV"));
  }

  @Test
  void eachOfCoordinatedPartiesIsAPartyOfItsOwnEvent() {
    List<Event> threats =
        plain(
            "Peru threatened to break off diplomatic relations with Bolivia and Paraguay on"
                + " Monday.",
            "THREATEN");
    assertThat(threats).extracting(e -> country(e.target())).contains("BOL", "PRY");
    assertThat(plain("Chile and Ecuador accused Peru of violating the border treaty.", "ACCUSE"))
        .extracting(e -> country(e.source()))
        .contains("CHL", "ECU");
  }

  @Test
  void whatIsFiredIsNotWhomItIsFiredAt() {
    assertThat(plain("Peruvian gunboats fired rockets at a Bolivian fishing boat.", "ASSAULT"))
        .anySatisfy(
            e -> {
              assertThat(code(e.source())).isEqualTo("PERMIL");
              assertThat(country(e.target())).isEqualTo("BOL");
            });
  }

  @Test
  void anAmbassadorRecalledFromACountryTargetsIt() {
    assertThat(plain("Chile recalled its ambassador from Peru on Tuesday.", "SANCTION"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("PER"));
  }

  @Test
  void coordinatedSignatoriesAreEachOthersParty() {
    assertThat(plain("Mexico and Guatemala signed an agreement on border security.", "SUPPORT"))
        .anySatisfy(
            e -> {
              assertThat(country(e.source())).isEqualTo("MEX");
              assertThat(country(e.target())).isEqualTo("GTM");
            });
    assertThat(plain("Peru and Ecuador resumed talks on Bolivia's border claims.", "CONSULT"))
        .as("what the talks are about is not the other party")
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("ECU"));
  }

  @Test
  void anActDoneInProtestAgainstSomethingTargetsWhoeverDidIt() {
    assertThat(
            plain(
                "Salma Haddad, a leading Tunisian rights activist, began a hunger strike in prison"
                    + " in protest against abuses by the Tunisian police.",
                "PROTEST"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("TUNCOP"));
  }

  @Test
  void whoeverActedDuringAProtestProtested() {
    assertThat(
            plain(
                "Peruvian youths threw stones during demonstrations against the new mining law.",
                "PROTEST"))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("PERCVL"));
    assertThat(plain("Peruvian police fired tear gas during demonstrations in Lima.", "PROTEST"))
        .as("the police do not join the protest they break up")
        .noneSatisfy(e -> assertThat(code(e.source())).isEqualTo("PERCOP"));
    assertThat(
            plain(
                "Donald Trump said during a rally in Michigan that trade deals had failed workers.",
                "PROTEST"))
        .as("a speaker at a rally, coded with a country and no sector (this once threw)")
        .noneSatisfy(e -> assertThat(country(e.source())).isEqualTo("USA"));
  }

  @Test
  void anActInATownOfACountryFallsOnItsPeople() {
    assertThat(
            plain(
                "Peruvian authorities imposed a curfew in the town of Santa Lidia in northern"
                    + " Peru.",
                "COERCE"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("PERCVL"));
  }

  @Test
  void aTrailingParticipleIsDoneByItsOwnClausesSubjectNotByTheReporter() {
    List<Event> fires =
        events(
                "Bolivian protesters rioted on Monday outside the parliament, setting fire to"
                    + " trucks and smashing windows, police sources said.")
            .stream()
            .filter(e -> e.trigger().text().startsWith("setting"))
            .toList();
    assertThat(fires)
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(country(e.source())).isEqualTo("BOL");
              assertThat(code(e.source())).isNotEqualTo("BOLCOP");
            });
  }

  @Test
  void aGerundAfterAVerbOfResumingSharesItsSubject() {
    assertThat(
            plain(
                "The Chilean army prepared to resume shelling Peruvian positions near the border.",
                "MOBILIZE"))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("CHLMIL"));
  }

  @Test
  void victimsCountedByATrailingParticipleAreThoseTheMainActStruck() {
    assertThat(
            plain(
                "Peruvian police opened fire on Bolivian demonstrators near the border, killing"
                    + " two and arresting 15, witnesses said.",
                "COERCE"))
        .anySatisfy(
            e -> {
              assertThat(code(e.source())).isEqualTo("PERCOP");
              assertThat(country(e.target())).isEqualTo("BOL");
            });
  }

  @Test
  void anObjectAfterAnAsPhraseIsWhatIsDenounced() {
    assertThat(
            plain(
                "Bolivia on Monday condemned as a shameful crime Chile's expulsion of Bolivian"
                    + " miners from the north.",
                "ACCUSE"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("CHL"));
  }

  @Test
  void theOneOfferedTalksIsThePartyOfTheOfferedClause() {
    assertThat(
            plain(
                "Peruvian President Ramon Ortiz offered on Monday to negotiate with the president"
                    + " of Chile over the fishing dispute.",
                "AGREE"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("CHLGOV"));
  }

  @Test
  void aStateMeasureAimedAtNoOneNamedFallsOnItsOwnCountry() {
    assertThat(
            plain(
                "Peru's government on Sunday lifted a state of emergency imposed six months ago,"
                    + " state radio reported.",
                "CONCEDE"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("PER"));
  }

  @Test
  void anObjectAfterABareDayIsTheVerbsObject() {
    assertThat(
            events(
                    "The Chilean army lifted Friday a day-old blockade on Peruvian lorries passing"
                        + " through the border post, officials said.")
                .stream()
                .filter(e -> e.trigger().text().equals("lifted")))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(country(e.target())).isEqualTo("PER"));
  }

  @Test
  void iInsideAQuotationIsItsSpeaker() {
    List<Event> ordered =
        plain(
            "\"I have ordered the army to strike back,\" Israeli Prime Minister Benjamin"
                + " Netanyahu said on Monday.",
            "REQUEST");
    assertThat(ordered).isNotEmpty();
    assertThat(ordered.get(0).source().name()).isEqualTo("Benjamin Netanyahu");
    assertThat(code(ordered.get(0).source())).isEqualTo("ISRGOV");
  }

  @Test
  void weInsideAQuotationTakesTheSpeakersSideButIsNotThePerson() {
    List<Event> expelled =
        plain(
            "\"We have expelled two Russian diplomats,\" Estonian Foreign Minister Margus"
                + " Tsahkna told reporters.",
            "SANCTION");
    assertThat(expelled).isNotEmpty();
    assertThat(code(expelled.get(0).source())).isEqualTo("ESTGOV");
    assertThat(expelled.get(0).source().entity()).isNull();
  }

  @Test
  void whomAVerbOfAskingOrOrderingTellsToActDoesTheAct() {
    assertThat(
            missed(
                "/event/object-control-verbs.tsv",
                1,
                (f, e) ->
                    e.trigger().start() > f[1].indexOf(" to ") && f[2].equals(country(e.source()))))
        .isEmpty();
  }

  @Test
  void aVerbOfPurposeIsNoVerbOfOrdering() {
    assertThat(
            plain(
                "Chile has mobilized friendly lobby groups in Brazil to help support the claims"
                    + " of Bolivian miners.",
                "SUPPORT"))
        .allSatisfy(e -> assertThat(country(e.source())).isEqualTo("CHL"));
  }

  @Test
  void theEventAVerbOfCausingBringsAboutIsAimedAtTheCause() {
    assertThat(
            missed(
                "/event/causing-verbs.tsv",
                1,
                (f, e) -> f[2].equals(country(e.target())) && !f[2].equals(country(e.source()))))
        .isEmpty();
  }

  @Test
  void victimsCountedAfterAClauseOfNoEventAreThoseItAimedAt() {
    assertThat(
            plain(
                "Chilean forces launched artillery and rocket fire against Peruvian rebel camps"
                    + " near the border today, killing 30, military sources said.",
                "ASSAULT"))
        .anySatisfy(
            e -> {
              assertThat(country(e.source())).isEqualTo("CHL");
              assertThat(country(e.target())).isEqualTo("PER");
            });
  }

  @Test
  void aTrailingParticipleWithNoCodedTargetTakesItsClausesTarget() {
    assertThat(
            events(
                    "Chilean police clashed with Bolivian miners on Monday, setting fire to their"
                        + " camp.")
                .stream()
                .filter(e -> e.trigger().text().startsWith("setting")))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(country(e.target())).isEqualTo("BOL"));
  }

  @Test
  void theNounAPassiveParticipleDescribesUndergoesIt() {
    assertThat(
            plain(
                "Bolivian troops, backed by Brazilian helicopters, attacked rebel camps on"
                    + " Monday.",
                "SUPPORT"))
        .anySatisfy(
            e -> {
              assertThat(country(e.source())).isEqualTo("BRA");
              assertThat(country(e.target())).isEqualTo("BOL");
            });
  }

  @Test
  void aStateRejectingAThingItNamesByAPronounDoesNotRejectItsOwnCountry() {
    assertThat(
            plain(
                "The Chilean fishing plan was put to Lima last week. The Peruvian government"
                    + " rejected it on Monday.",
                "REJECT"))
        .isNotEmpty()
        .noneSatisfy(e -> assertThat(code(e.target())).isEqualTo("PER"));
  }

  @Test
  void aProtestInABidToPressSomeoneTargetsThem() {
    assertThat(
            plain(
                "Bolivian farmers blocked roads on Monday in a bid to force the Chilean government"
                    + " to lower its tariffs.",
                "PROTEST"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("CHLGOV"));
    assertThat(
            plain(
                "Peruvian fishermen staged a sit-in at the port as part of a campaign to pressure"
                    + " the Chilean navy.",
                "PROTEST"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("CHLMIL"));
  }

  @Test
  void aSubjectAfterALongOpeningPhraseIsTheSubject() {
    assertThat(
            plain(
                "With the signing of a Memorandum of Understanding (MOU) on Cessation of"
                    + " Hostilities, the Peruvian government and MRTA have agreed to allow aid into"
                    + " the valley.",
                "AGREE"))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("PERGOV"));
  }

  @Test
  void thePhraseOnATriggersOwnObjectIsTheTarget() {
    assertThat(plain("Peru imposed sanctions on North Korea on Monday.", "SANCTION"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("PRK"));
    assertThat(plain("Bahrain cut ties with Qatar in June.", "SANCTION"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("QAT"));
  }

  @Test
  void aSubjectWithAReducedRelativeClauseActsInTheMainVerb() {
    // the parser makes "trained" the main verb and hangs "shelled" on it loose
    assertThat(
            plain(
                "Syrian troops trained by Russian advisers shelled rebel districts of Aleppo.",
                "ASSAULT"))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("SYRMIL"));
    // the parser makes "donated" a participle on "charities", and the sentence a bare noun
    assertThat(
            plain(
                "Doctors from two American charities donated medicines to a hospital in Baghdad.",
                "AID"))
        .anySatisfy(e -> assertThat(country(e.source())).isEqualTo("USA"));
  }

  @Test
  void everyReciprocalVerbMakesItsCoordinatedSidesEachOthersParties() {
    assertThat(
            missed(
                "/event/reciprocal-verbs.tsv",
                1,
                (f, e) ->
                    e.type().equals("ASSAULT")
                        && java.util.Set.of(country(e.source()), country(e.target()))
                            .equals(java.util.Set.of(f[2], f[3]))))
        .isEmpty();
  }

  @Test
  void twoNationWordsOnTheSubjectOfAMeetingAreItsTwoParties() {
    assertThat(plain("Indian and Pakistani officials met in Delhi on Monday.", "CONSULT"))
        .anySatisfy(
            e ->
                assertThat(java.util.Set.of(country(e.source()), country(e.target())))
                    .containsExactlyInAnyOrder("IND", "PAK"));
  }

  @Test
  void theOfPhraseOfAnEventNounWithItsDoerNamedIsTheTarget() {
    assertThat(plain("Kenya's condemnation of the Ugandan raid angered Kampala.", "ACCUSE"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("UGA"));
  }

  @Test
  void aProtestSomethingDrewFromSomeoneIsAimedAtWhatDrewIt() {
    assertThat(
            plain(
                "The Iraqi government's expulsion of two Iranian diplomats drew a protest from"
                    + " Tehran.",
                "PROTEST"))
        .anySatisfy(
            e -> {
              assertThat(country(e.source())).isEqualTo("IRN");
              assertThat(code(e.target())).isEqualTo("IRQGOV");
            });
  }

  @Test
  void aNationWordInsideATargetPhraseCodesTheOfficeItModifies() {
    assertThat(
            plain(
                "Farmers in Cusco demanded the resignation of the Peruvian agriculture minister.",
                "REQUEST"))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("PERGOV"));
  }

  @Test
  void aPassiveWithNoAgentIsDoneByTheOtherSideOfTheFightItHappenedIn() {
    assertThat(
            plain(
                "Two Peruvian soldiers were killed in a clash with Ecuadorean troops near the"
                    + " river.",
                "ASSAULT"))
        .anySatisfy(
            e -> {
              assertThat(code(e.source())).isEqualTo("ECUMIL");
              assertThat(code(e.target())).isEqualTo("PERMIL");
            });
    assertThat(
            plain(
                "Three Chilean policemen were wounded when Bolivian smugglers attacked their"
                    + " checkpoint.",
                "ASSAULT"))
        .anySatisfy(e -> assertThat(country(e.source())).isEqualTo("BOL"));
  }

  @Test
  void aRelativeClausesActIsDoneByTheNounItDescribes() {
    assertThat(
            plain(
                "Rebels who attacked a Malian police station on Monday killed five officers.",
                "ASSAULT"))
        .anySatisfy(
            e -> {
              assertThat(e.trigger().text()).isEqualTo("attacked");
              assertThat(code(e.source())).isEqualTo("MLIREB");
            });
  }

  @Test
  void partiesCoordinatedInsideTheSubjectsPhraseMeetEachOther() {
    assertThat(plain("Officials from Peru and Ecuador met in Brasilia on Monday.", "CONSULT"))
        .anySatisfy(
            e -> {
              assertThat(code(e.source())).isEqualTo("PERGOV");
              assertThat(code(e.target())).isEqualTo("ECUGOV");
            });
  }

  @Test
  void aPhraseBasedInACapitalIsNotItsGovernment() {
    // "based in" hangs two words as the preposition; the place stays a place
    assertThat(
            plain("A newspaper based in La Paz has violated a ban by the Bolivian army.", "REJECT"))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("BOLMED"));
  }

  @Test
  void theAimOfTheVerbAnEventNounHangsOnIsItsTarget() {
    assertThat(
            plain(
                "Bolivian troops were engaged in ethnic cleansing in the Chaco against Paraguayan"
                    + " settlers.",
                "ASSAULT"))
        .anySatisfy(e -> assertThat(country(e.target())).isEqualTo("PRY"));
  }

  @Test
  void everyHeldPlaceStandsForItsHolder() {
    assertThat(missed("/event/holding-verbs.tsv", 1, (f, e) -> f[2].equals(code(e.target()))))
        .isEmpty();
  }

  @Test
  void theByPhraseOfAParticipleOnAnEventNounIsItsDoer() {
    assertThat(
            events(
                    "The UN condemned attacks carried out by Taliban militants against Afghan"
                        + " schools.")
                .stream()
                .filter(e -> e.type().equals("ASSAULT"))
                .toList())
        .anySatisfy(
            e -> {
              assertThat(code(e.source())).isEqualTo("AFGREB");
              assertThat(code(e.target())).isEqualTo("AFGEDU");
            });
  }
}
