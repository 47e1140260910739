package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.rules.RuleFile;
import org.newsgraph.testing.Pipelines;

/**
 * Actor codes of entities and event roles under CAMEO's conventions, read by the real pipeline from
 * sentences written for each convention.
 */
class ActorCodingSpecTest {
  private static final String DAY = "2031-04-04";

  private static Entity named(AnalysisRecord r, String name) {
    return r.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + r.entities()));
  }

  /** The code of the named entity in the text. */
  private static String codeOf(String text, String name) {
    return code(named(Pipelines.analyze(text, DAY), name));
  }

  private static String code(Entity e) {
    return e.actor() == null ? null : e.actor().code();
  }

  private static String code(EventActor a) {
    return a == null || a.actor() == null ? null : a.actor().code();
  }

  private static String sector(EventActor a) {
    return a == null || a.actor() == null ? null : a.actor().sector();
  }

  /** The lines of a rule file whose example sentence (last column) yields no event that fits. */
  private static List<String> examplesMissing(
      String resource, BiPredicate<RuleFile.Line, Event> fits) {
    List<String> missed = new ArrayList<>();
    for (RuleFile.Line line : RuleFile.read(resource)) {
      String[] f = line.fields();
      List<Event> events = plain(f[f.length - 1]);
      if (events.stream().noneMatch(e -> fits.test(line, e))) {
        missed.add(line.text() + " -> " + events);
      }
    }
    return missed;
  }

  /** Whether the source or target has a country and passes the test. */
  private static boolean anyNationalRole(Event e, java.util.function.Predicate<EventActor> test) {
    return java.util.stream.Stream.of(e.source(), e.target())
        .anyMatch(
            a -> a != null && a.actor() != null && a.actor().country() != null && test.test(a));
  }

  private static List<Event> plain(String text) {
    return plain(Pipelines.analyze(text, DAY));
  }

  private static List<Event> plain(AnalysisRecord r) {
    return r.events().stream().filter(e -> !e.negated() && !e.hypothetical()).toList();
  }

  @Test
  void aDefenceSecretaryIsGovernmentFirst() {
    AnalysisRecord r =
        Pipelines.analyze("British Defence Secretary Alan Ford visited Nairobi on Monday.", DAY);
    assertThat(code(named(r, "Alan Ford"))).isEqualTo("GBRGOV");
  }

  @Test
  void aLeaderQualifiedByACountryAloneIsItsGovernment() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Libyan leader Omar Hadi met Hamas leader Samir Nasser in Cairo on Monday.", DAY);
    assertThat(code(named(r, "Omar Hadi"))).isEqualTo("LBYGOV");
    assertThat(named(r, "Samir Nasser").actor())
        .as("an organisation's leader is not a government")
        .satisfiesAnyOf(
            a -> assertThat(a).isNull(), a -> assertThat(a.sector()).isNotEqualTo("GOV"));
  }

  @Test
  void anOfficeOfTheUnitedNationsIsAnInternationalOrganisation() {
    AnalysisRecord un =
        Pipelines.analyze(
            "Mara Lindqvist, the United Nations relief coordinator, urged Chad to open its"
                + " border.",
            DAY);
    AnalysisRecord us =
        Pipelines.analyze(
            "Paul Grady, the American ambassador to the United Nations, urged Chad to open its"
                + " border.",
            DAY);
    assertThat(code(named(un, "Mara Lindqvist"))).isEqualTo("IGO");
    assertThat(named(us, "Paul Grady").actor().sector())
        .as("a country's envoy to the UN")
        .isEqualTo("GOV");
  }

  @Test
  void aCountryNameOneLetterOffIsThatCountry() {
    AnalysisRecord r = Pipelines.analyze("Ethopia has agreed to reopen its border.", DAY);
    assertThat(code(named(r, "Ethopia"))).isEqualTo("ETH");
    AnalysisRecord city = Pipelines.analyze("Police in Granada arrested two men on Monday.", DAY);
    assertThat(city.entities())
        .as("Granada is a Spanish city, not a misspelt Grenada")
        .noneSatisfy(e -> assertThat(code(e)).isEqualTo("GRD"));
  }

  @Test
  void aNameRightAfterAnOfficeIsAPersonHoldingIt() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Vice-President Moody Awori has declined to resign despite pressure from the Kenya"
                + " Anti-Corruption Commission.",
            DAY);
    Entity awori = named(r, "Moody Awori");
    assertThat(awori.type()).isEqualTo("PERSON");
    assertThat(plain(r))
        .anySatisfy(e -> assertThat(code(e.source())).as(e.toString()).isEqualTo("KENGOV"));
  }

  @Test
  void armedGroupsAreRebelsOfTheCountryTheyFightIn() {
    assertThat(plain("The UNITA militarist wing refused to free the observers."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("AGOREB"));
    assertThat(plain("Al-Qaeda threatened to strike the United States."))
        .as("a group fighting in many countries is an armed group of none")
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("UAF"));
  }

  @Test
  void aPresidentsGovernmentTakesTheCountryTheSentenceNames() {
    assertThat(
            plain(
                "Young Chileans blocked roads on Sunday to press their demands for jobs from"
                    + " President Lagosa's government."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("CHLGOV"));
  }

  @Test
  void everyActorNounAddedFromCameosAgentsCodesItsOwnExample() {
    // the lines before "landowners" were written with the event layer and are tested there
    assertThat(
            linesFromMissing(
                "/event/actor-nouns.tsv",
                "landowners",
                (f, e) -> f[1].equals(sector(e.source())) || f[1].equals(sector(e.target()))))
        .isEmpty();
  }

  /**
   * The lines of a rule file, from the one whose first column is {@code first} on, whose example
   * (last column) yields no event that fits; fails when no line starts with {@code first}.
   */
  private static List<String> linesFromMissing(
      String resource, String first, BiPredicate<String[], Event> fits) {
    List<String> missed = new ArrayList<>();
    boolean from = false;
    for (RuleFile.Line line : RuleFile.read(resource)) {
      String[] f = line.fields();
      from |= f[0].equals(first);
      List<Event> events = from ? plain(f[f.length - 1]) : List.of();
      if (from && events.stream().noneMatch(e -> fits.test(f, e))) {
        missed.add(line.text() + " -> " + events);
      }
    }
    assertThat(from).as("a line for " + first).isTrue();
    return missed;
  }

  @Test
  void peacekeepersAreAnInternationalForce() {
    assertThat(plain("Peacekeepers fired on Congolese militiamen near Bunia."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("IGO"));
  }

  @Test
  void anUnknownOrganisationTakesItsSectorFromItsHeadWord() {
    List<String> missed = new ArrayList<>();
    for (RuleFile.Line line : RuleFile.read("/entity/organization-sectors.tsv")) {
      String[] f = line.fields();
      AnalysisRecord r = Pipelines.analyze(f[2], DAY);
      boolean coded =
          r.entities().stream()
              .anyMatch(
                  e ->
                      "ORGANIZATION".equals(e.type())
                          && e.actor() != null
                          && f[1].equals(e.actor().sector()));
      if (!coded) {
        missed.add(line.text() + " -> " + r.entities());
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void aMisspeltHeadWordStillGivesTheSector() {
    assertThat(
            codeOf(
                "The Zambian Electoral Commision rejected the opposition's complaint.",
                "Zambian Electoral Commision"))
        .isEqualTo("ZMBGOV");
  }

  @Test
  void aNationalWordInAnOrganisationsNameGivesItsCountry() {
    AnalysisRecord r =
        Pipelines.analyze(
            "The Bolivian Interior Ministry accused Chilean smugglers of arming gangs.", DAY);
    assertThat(r.entities()).anySatisfy(e -> assertThat(code(e)).isEqualTo("BOLGOV"));
  }

  @Test
  void anEthnicGroupLivingInOneCountryIsCodedWithIt() {
    assertThat(plain("Igbo elders demanded the release of the detained chiefs."))
        .anySatisfy(e -> assertThat(code(e.source())).startsWith("NGA"));
  }

  @Test
  void aPeopleNamedInsideARoleAreItsCivilians() {
    assertThat(
            plain(
                "The Turkish government refused to lift the curfew on Syrians living near the"
                    + " border."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("SYRCVL"));
  }

  @Test
  void aSectorNamedByTwoWordsIsReadTogether() {
    assertThat(plain("A human rights group accused the Peruvian army of torturing detainees."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("NGO"));
    assertThat(plain("Bolivian business leaders criticized the new tax on Monday."))
        .as("business leaders, not government leaders")
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("BOLBUS"));
  }

  @Test
  void aCapitalNamedAsThePlaceOfAnActIsItsPeople() {
    assertThat(plain("Ethiopia threatened to ban marches in Addis Ababa on Friday."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("ETHCVL"));
    assertThat(plain("Rabat rejected the proposal on Friday."))
        .as("a capital as subject is its government")
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("MARGOV"));
  }

  @Test
  void aTownTheLexiconDoesNotKnowIsThePeopleOfTheCountryItIsIn() {
    assertThat(plain("Rebels shelled Kidal on Monday."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("MLICVL"));
    assertThat(plain("Syrian tanks shelled South Lebanon on Monday."))
        .as("a region named after a country is not a namesake town elsewhere")
        .noneSatisfy(e -> assertThat(code(e.target())).startsWith("USA"));
  }

  @Test
  void aHyphenatedTitleSplitByTheTokenizerIsOneTitle() {
    AnalysisRecord r =
        Pipelines.analyze(
            "U.N. Secretary-General Ana Ferreira announced that she will withdraw the monitors"
                + " from Chad.",
            DAY);
    assertThat(code(named(r, "Ana Ferreira"))).as("not 'General', MIL").isEqualTo("IGO");
  }

  @Test
  void aDatelineDashIsNoPartOfTheTitleAfterIt() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Headline\n\nLIMA, May 2 (Example Wire) - Peruvian Foreign Minister Rosa Quispe spoke"
                + " by phone with her Chilean counterpart on Tuesday.",
            DAY);
    assertThat(named(r, "Rosa Quispe").title()).isEqualTo("Peruvian Foreign Minister");
  }

  @Test
  void tensOfThousandsOfStudentsAreTheStudents() {
    assertThat(
            plain(
                "Tens of thousands of university students throughout Chile staged demonstrations"
                    + " on Saturday."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("CHLEDU"));
  }

  @Test
  void aRightsActivistIsOppositionAsCameoCodesActivists() {
    AnalysisRecord r =
        Pipelines.analyze(
            "Chilean human rights activist Rosa Araya staged a hunger strike on Sunday.", DAY);
    assertThat(code(named(r, "Rosa Araya"))).isEqualTo("CHLOPP");
  }

  @Test
  void partiesToAConflictAreNotPoliticalParties() {
    assertThat(
            plain("The envoy urged the parties to the conflict in Chad to allow aid workers in."))
        .noneSatisfy(e -> assertThat(code(e.target())).isEqualTo("POL"));
  }

  @Test
  void aFormerPresidentHoldsNoOffice() {
    assertThat(plain("Supporters of former President Omar Sidi blocked roads in Nouakchott."))
        .noneSatisfy(e -> assertThat(code(e.source())).endsWith("GOV"));
    AnalysisRecord r =
        Pipelines.analyze(
            "Former Mauritanian president Omar Sidi demanded early elections on Monday.", DAY);
    assertThat(code(named(r, "Omar Sidi")))
        .as("CAMEO codes a former president ELI, of his country")
        .isEqualTo("MRTELI");
  }

  @Test
  void aTwoWordNationalModifierNamesItsCountry() {
    assertThat(plain("North Korean guards detained two South Korean army officers at the border."))
        .as("not the nearest country, North Korea")
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("KORMIL"));
  }

  @Test
  void everyNationalTitleCodesItsOwnExample() {
    for (RuleFile.Line line : RuleFile.read("/entity/national-titles.tsv")) {
      String[] f = line.fields();
      AnalysisRecord r = Pipelines.analyze(f[2], DAY);
      assertThat(r.entities())
          .as(line.text())
          .anySatisfy(e -> assertThat(e.actor()).extracting("sector").isEqualTo(f[1]));
    }
  }

  @Test
  void aLeaderOfThe1990sNamedWithHisOfficeIsHisCountrysGovernment() {
    assertThat(
            codeOf(
                "President Hosni Mubarak received the envoy in Cairo on Monday.", "Hosni Mubarak"))
        .as("out of office on the day, but the article gives the office")
        .isEqualTo("EGYGOV");
  }

  @Test
  void theCountryOfAnOfficeTheArticleGivesWinsOverAnEarlierOne() {
    assertThat(
            codeOf(
                "Georgian President Eduard Shevardnadze met the Turkish envoy in Tbilisi.",
                "Eduard Shevardnadze"))
        .as("not the Soviet foreign minister he had been")
        .isEqualTo("GEOGOV");
  }

  @Test
  void armedGroupsOfPastWarsAreRebelsOfTheirCountry() {
    assertThat(plain("The Moro Islamic Liberation Front ambushed an army convoy in Mindanao."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("PHLREB"));
    assertThat(plain("Soviet troops shelled Afghan mujahideen positions near Herat."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("RUSMIL"));
  }

  @Test
  void amnestyAndTheRedCrossAreCodedAsCameosManualCodesThem() {
    String text = "The Red Cross and Amnesty International criticized the detention of miners.";
    assertThat(codeOf(text, "Red Cross")).isEqualTo("IGO");
    assertThat(codeOf(text, "Amnesty International")).isEqualTo("IGO");
  }

  @Test
  void aForeignNationalIsACivilianOfHisCountry() {
    assertThat(plain("Police in Lima arrested two Chilean nationals on Monday."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("CHLCVL"));
  }

  @Test
  void aNationWordTheParserHeadsBeforeNationalIsACivilian() {
    assertThat(plain("A US national has been detained in Iran on spying charges."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("USACVL"));
    assertThat(plain("A French citizen was arrested in Iran on spying charges."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("FRACVL"));
  }

  @Test
  void theSupportersOfAFormerLeaderAreTheOpposition() {
    assertThat(
            plain(
                "About 300 supporters of former Prime Minister Nawaz Sharif blocked roads in"
                    + " Lahore on Tuesday."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("PAKOPP"));
  }

  @Test
  void forcesNamedByAFaithAreRebels() {
    assertThat(
            examplesMissing(
                "/event/faith-words.tsv",
                (line, e) -> e.source() != null && "REB".equals(sector(e.source()))))
        .isEmpty();
    assertThat(plain("Bosnian forces shelled a Serb village near Tuzla."))
        .as("a national word names the army")
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("BIHMIL"));
  }

  @Test
  void irishNationalistGuerrillasFightInTheUnitedKingdom() {
    assertThat(
            plain(
                "Irish republican guerrillas shot dead two British policemen in Belfast on"
                    + " Friday."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("GBRREB"));
  }

  @Test
  void aPeaceMovementIsTheOpposition() {
    assertThat(plain("An Israeli peace movement accused the Israeli government of blocking talks."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("ISROPP"));
  }

  @Test
  void aRoleHeadedByAPresenceNounIsTheActorOfItsOfPhrase() {
    assertThat(
            examplesMissing(
                "/event/presence-nouns.tsv",
                (line, e) ->
                    e.target() != null
                        && e.target().actor() != null
                        && e.target().actor().country() != null
                        && !e.target().name().toLowerCase(Locale.ROOT).contains(line.fields()[0])))
        .as("the target is the actor named after 'of', not the noun")
        .isEmpty();
  }

  @Test
  void doctorsPeasantsAndClericsTakeTheCountryOfTheirContext() {
    assertThat(plain("Doctors at a Baghdad hospital accused U.S. troops of killing civilians."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("IRQHLH"));
    assertThat(plain("Colombian paramilitaries killed ten peasants in Antioquia."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("COLAGR"));
    assertThat(plain("Chinese authorities detained three Tibetan monks in Lhasa."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("CHNREL"));
  }

  @Test
  void unnamedGunmenAndPiratesArePlacedWhereTheyAct() {
    assertThat(plain("Gunmen killed two Pakistani police officers in Karachi."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("PAKUAF"));
    assertThat(plain("Pirates seized a Greek tanker off Somalia."))
        .as("the victims' nationality is not the pirates'")
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("SOMCRM"));
  }

  @Test
  void aLeadersFullNameOneLetterOffIsThatLeader() {
    assertThat(
            codeOf(
                "President Francois Mitterand welcomed the Ghanaian leader on Thursday.",
                "Francois Mitterand"))
        .as("not Ghana's, the nearest country named")
        .isEqualTo("FRAGOV");
  }

  @Test
  void theRulingPartyAndStateMediaSpeakForTheGovernment() {
    assertThat(plain("The ruling party accused the Zambian opposition of fraud."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("ZMBGOV"));
    assertThat(plain("Iranian state radio accused Britain of spying."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("IRNGOV"));
  }

  @Test
  void forcesAndSettlersAbroadKeepTheirOwnCountry() {
    assertThat(plain("American soldiers in Iraq killed three insurgents."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("USAMIL"));
    assertThat(plain("Israeli settlers in the West Bank attacked Palestinian farmers."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("ISRCVL"));
    assertThat(plain("Turkish troops in Cyprus fired on Greek Cypriot demonstrators."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("CYPCVL"));
    assertThat(plain("Ethnic Albanians in southern Serbia protested against police raids."))
        .as("an ethnic group is of the country it lives in")
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("SRBCVL"));
    assertThat(
            examplesMissing(
                "/event/visitor-nouns.tsv",
                (line, e) ->
                    anyNationalRole(
                        e, a -> a.name().toLowerCase(Locale.ROOT).contains(line.fields()[0]))))
        .isEmpty();
  }

  @Test
  void everyCitizenNounsExampleIsACivilianOfTheNationNamed() {
    assertThat(
            examplesMissing(
                "/event/citizen-nouns.tsv",
                (line, e) -> anyNationalRole(e, a -> "CVL".equals(a.actor().sector()))))
        .isEmpty();
  }

  @Test
  void aMinistryWhoseNationWordNerLeftOutTakesThatNation() {
    AnalysisRecord r =
        Pipelines.analyze(
            "The Russian Foreign Ministry summoned the British ambassador on Tuesday. It accused"
                + " London of spreading lies.",
            DAY);
    assertThat(plain(r))
        .filteredOn(e -> e.trigger().text().equals("accused"))
        .singleElement()
        .satisfies(e -> assertThat(code(e.source())).isEqualTo("RUSGOV"));
  }

  @Test
  void aNewspaperIsTheMedia() {
    assertThat(
            plain(
                "The Nicaraguan newspaper La Prensa accused the Sandinista government of"
                    + " censorship."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("NICMED"));
  }

  @Test
  void anOfficeOfANamedBodyWithNoSectorOfItsOwnIsTheBodys() {
    assertThat(codeOf("Hamas spokesman Samir Nasser rejected the Egyptian plan.", "Samir Nasser"))
        .isEqualTo("PSEREB");
    assertThat(codeOf("Fed Chairman Paul Weston warned Congress about the deficit.", "Paul Weston"))
        .as("a chair is a company's only by default")
        .isEqualTo("USAGOV");
  }

  @Test
  void theSubjectBeforeTheVerbIsNoModifierOfTheObject() {
    assertThat(plain("French warplanes bombed Libyan positions in northern Chad."))
        .as("the positions are Libya's forces, neither France's nor Chad's people")
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("LBYMIL"));
    assertThat(plain("The Ethiopian air force bombed rebel positions in Eritrea."))
        .anySatisfy(e -> assertThat(sector(e.target())).isEqualTo("REB"));
  }

  @Test
  void aForceWithNoCountryIsOfThePlaceItActsInNotOfItsVictims() {
    assertThat(plain("Shiite militiamen kidnapped two Americans in Beirut."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("LBNREB"));
    assertThat(plain("Police arrested two Britons in Lagos on Tuesday."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("NGACOP"));
  }

  @Test
  void aCounterpartHoldsTheOtherPartysOfficeInItsOwnCountry() {
    assertThat(plain("The Indian foreign secretary met his Pakistani counterpart in Islamabad."))
        .anySatisfy(
            e -> {
              assertThat(code(e.source())).isEqualTo("INDGOV");
              assertThat(code(e.target())).isEqualTo("PAKGOV");
            });
  }

  @Test
  void anUnnamedHolderOfATitledOfficeIsCodedAsANamedOneIs() {
    assertThat(plain("The US secretary of state met the Chinese foreign minister in Geneva."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("USAGOV"));
    assertThat(plain("A Pakistani judge ordered the arrest of the former minister."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("PAKJUD"));
  }

  @Test
  void aPatronBeforeAHyphenIsNotTheGroupsCountry() {
    assertThat(plain("Iranian-backed guerrillas attacked Israeli troops in southern Lebanon."))
        .as("they fight in Lebanon; Iran backs them")
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("LBNREB"));
  }

  @Test
  void aNationWordBeforeAKnownBodysNameNamesAnotherBody() {
    assertThat(plain("The Brazilian Congress approved the budget on Tuesday."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("BRALEG"));
    assertThat(plain("The Sudanese People's Liberation Army attacked a garrison near Juba."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("SDNREB"));
  }

  @Test
  void aDelegationOrCoalitionOfAGroupIsThatGroup() {
    assertThat(
            linesFromMissing(
                "/event/partitive-nouns.tsv",
                "delegation",
                (f, e) ->
                    e.source() != null
                        && e.source().actor() != null
                        && e.source().actor().country() != null))
        .isEmpty();
  }

  @Test
  void aNationalDelegationSpeaksForItsGovernment() {
    assertThat(plain("A visiting Japanese delegation met Chinese leaders in Beijing."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("JPNGOV"));
    assertThat(plain("A rebel delegation arrived in Addis Ababa for talks with the government."))
        .anySatisfy(e -> assertThat(sector(e.source())).isEqualTo("REB"));
  }

  @Test
  void aCapitalACooperativeActDealsWithIsItsGovernment() {
    assertThat(plain("Sri Lanka opened an embassy in Tehran on Wednesday."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("IRNGOV"));
    assertThat(plain("The army imposed a curfew in Algiers on Monday."))
        .as("a capital coerced stands for its people")
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("DZACVL"));
  }

  @Test
  void landHeldByAGroupIsThatGroups() {
    assertThat(plain("Ethiopian jets bombed Somali rebel-held villages near the border."))
        .anySatisfy(e -> assertThat(code(e.target())).isEqualTo("SOMREB"));
  }

  @Test
  void aGovernmentsTroopsAreItsMilitary() {
    assertThat(plain("Ugandan government forces killed 20 rebels near Gulu."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("UGAMIL"));
  }

  @Test
  void aCapitalPlacesAPhraseWithASectorOfItsOwn() {
    assertThat(plain("A newspaper based in west Beirut accused General Aoun of censorship."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("LBNMED"));
  }

  @Test
  void intelligenceOfficialsAreSpiesNotTheCabinet() {
    assertThat(plain("Jordanian intelligence officials arrested two Iraqi diplomats in Amman."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("JORSPY"));
  }

  @Test
  void peopleFromABodyKeepTheirOwnSectorAndTakeItsCountry() {
    assertThat(plain("Doctors from two Swedish aid groups delivered medicine to Mosul."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("SWEHLH"));
  }

  @Test
  void westernDiplomatsAreNotOfTheCountryTheyAccuse() {
    assertThat(plain("Western diplomats accused Khartoum of blocking aid to the south."))
        .anySatisfy(
            e -> {
              assertThat(e.trigger().text()).isEqualTo("accused");
              assertThat(e.source().actor().country()).isNull();
            });
  }

  @Test
  void settlersWithNoNationalityAreNotOfThePlaceTheyAreIn() {
    assertThat(plain("Jewish settlers burned an olive grove near Nablus."))
        .anySatisfy(
            e -> {
              assertThat(e.source().name()).isEqualTo("Jewish settlers");
              assertThat(e.source().actor().country()).isNull();
              assertThat(e.source().actor().sector()).isEqualTo("CVL");
            });
    assertThat(plain("Israeli settlers burned an olive grove near Nablus."))
        .anySatisfy(e -> assertThat(code(e.source())).isEqualTo("ISRCVL"));
  }
}
