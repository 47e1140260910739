package org.newsgraph.extract.entity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorLexiconTest {
  private static final ActorLexicon LEXICON = ActorLexicon.builtIn();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @TempDir Path dir;

  @Test
  void kremlinIsRussianGovernment() {
    LexiconEntry kremlin =
        LEXICON.lookup("the Kremlin", EntryKind.INSTITUTION, TODAY).orElseThrow();
    assertThat(kremlin.country()).isEqualTo("RUS");
    assertThat(kremlin.sector()).isEqualTo("GOV");
  }

  @Test
  void pentagonIsAmericanMilitary() {
    LexiconEntry pentagon =
        LEXICON.lookup("The Pentagon", EntryKind.INSTITUTION, TODAY).orElseThrow();
    assertThat(pentagon.country()).isEqualTo("USA");
    assertThat(pentagon.sector()).isEqualTo("MIL");
  }

  @Test
  void capitalStandsForTheGovernment() {
    LexiconEntry moscow = LEXICON.lookup("Moscow", EntryKind.CAPITAL, TODAY).orElseThrow();
    assertThat(moscow.country()).isEqualTo("RUS");
    assertThat(moscow.sector()).isEqualTo("GOV");
  }

  @Test
  void igoHasNoCountry() {
    LexiconEntry un = LEXICON.lookup("U.N.", EntryKind.INSTITUTION, TODAY).orElseThrow();
    assertThat(un.name()).isEqualTo("United Nations");
    assertThat(un.country()).isNull();
    assertThat(un.sector()).isEqualTo("IGO");
  }

  @Test
  void newsOutletIsMedia() {
    assertThat(LEXICON.lookup("Reuters", EntryKind.INSTITUTION, TODAY))
        .hasValueSatisfying(e -> assertThat(e.sector()).isEqualTo("MED"));
  }

  @Test
  void putinIsGovernmentOnlyDuringHisTerm() {
    LexiconEntry in2015 =
        LEXICON.lookup("Putin", EntryKind.PERSON, LocalDate.of(2015, 6, 1)).orElseThrow();
    assertThat(in2015.name()).isEqualTo("Vladimir Putin");
    assertThat(in2015.sector()).isEqualTo("GOV");
    assertThat(in2015.note()).isEqualTo("President of Russia");

    LexiconEntry in1995 =
        LEXICON.lookup("Vladimir Putin", EntryKind.PERSON, LocalDate.of(1995, 1, 1)).orElseThrow();
    assertThat(in1995.country()).isEqualTo("RUS");
    assertThat(in1995.sector()).isNull();
  }

  @Test
  void trumpIn2016IsUsaWithoutSector() {
    LexiconEntry candidate =
        LEXICON.lookup("Donald Trump", EntryKind.PERSON, LocalDate.of(2016, 10, 1)).orElseThrow();
    assertThat(candidate.country()).isEqualTo("USA");
    assertThat(candidate.sector()).isNull();

    assertThat(LEXICON.lookup("Trump", EntryKind.PERSON, LocalDate.of(2018, 1, 1)))
        .hasValueSatisfying(e -> assertThat(e.sector()).isEqualTo("GOV"));
    assertThat(LEXICON.lookup("Trump", EntryKind.PERSON, LocalDate.of(2025, 12, 10)))
        .hasValueSatisfying(e -> assertThat(e.from()).isEqualTo(LocalDate.of(2025, 1, 20)));
  }

  @Test
  void handoverDayBelongsToTheSuccessor() {
    LocalDate inauguration = LocalDate.of(2021, 1, 20);
    assertThat(LEXICON.lookup("Trump", EntryKind.PERSON, inauguration))
        .hasValueSatisfying(e -> assertThat(e.sector()).isNull());
    assertThat(LEXICON.lookup("Biden", EntryKind.PERSON, inauguration))
        .hasValueSatisfying(e -> assertThat(e.note()).contains("President"));
  }

  @Test
  void clintonWasGovernmentOnlyAsSecretaryOfState() {
    assertThat(LEXICON.lookup("Hillary Clinton", EntryKind.PERSON, LocalDate.of(2012, 3, 1)))
        .hasValueSatisfying(e -> assertThat(e.sector()).isEqualTo("GOV"));
    assertThat(LEXICON.lookup("Clinton", EntryKind.PERSON, LocalDate.of(2016, 3, 1)))
        .hasValueSatisfying(e -> assertThat(e.sector()).isNull());
  }

  @Test
  void personWithUndatedLineKeepsItsSectorOutsideOffice() {
    assertThat(LEXICON.lookup("Musk", EntryKind.PERSON, LocalDate.of(2024, 1, 1)))
        .hasValueSatisfying(e -> assertThat(e.sector()).isEqualTo("BUS"));
    assertThat(LEXICON.lookup("Musk", EntryKind.PERSON, LocalDate.of(2025, 3, 1)))
        .hasValueSatisfying(e -> assertThat(e.sector()).isEqualTo("GOV"));
  }

  @Test
  void unknownNameFindsNothing() {
    assertThat(LEXICON.lookup("Zzyzx Quorble")).isEmpty();
    assertThat(LEXICON.lookup("Zzyzx", EntryKind.PERSON, TODAY)).isEmpty();
  }

  @Test
  void everyUnMemberStateHasAnEntry() {
    assertThat(LEXICON.countryCodes()).hasSizeGreaterThanOrEqualTo(193 + 4);
    for (String iso : LEXICON.countryCodes()) {
      for (EntryKind kind : List.of(EntryKind.DEMONYM, EntryKind.CAPITAL)) {
        assertThat(LEXICON.entries())
            .as("%s line for %s", kind, iso)
            .anyMatch(e -> e.kind() == kind && iso.equals(e.country()));
      }
    }
    assertThat(LEXICON.countryName("VEN")).contains("Venezuela");
    assertThat(LEXICON.countryName("XXX")).isEmpty();
  }

  @Test
  void demonymFindsCountry() {
    assertThat(LEXICON.lookup("Russians", EntryKind.DEMONYM, TODAY))
        .hasValueSatisfying(e -> assertThat(e.country()).isEqualTo("RUS"));
    assertThat(LEXICON.lookup("Venezuelan", EntryKind.DEMONYM, TODAY))
        .hasValueSatisfying(e -> assertThat(e.country()).isEqualTo("VEN"));
  }

  @Test
  void accentsAndPeriodsAreFolded() {
    assertThat(LEXICON.lookup("Nicolas Maduro", EntryKind.PERSON, LocalDate.of(2020, 1, 1)))
        .hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Nicolás Maduro"));
    assertThat(LEXICON.lookup("U.S.", EntryKind.COUNTRY, TODAY))
        .hasValueSatisfying(e -> assertThat(e.country()).isEqualTo("USA"));
    assertThat(LEXICON.lookup("Erdogan")).isNotEmpty();
    assertThat(LEXICON.lookup("Erdoğan")).isEqualTo(LEXICON.lookup("Erdogan"));
    assertThat(LEXICON.lookup("  United \n States ")).isEqualTo(LEXICON.lookup("United States"));
  }

  @Test
  void titlesIgnoreCaseButNamesDoNot() {
    assertThat(LEXICON.lookup("Prime Minister", EntryKind.TITLE, TODAY))
        .hasValueSatisfying(e -> assertThat(e.sector()).isEqualTo("GOV"));
    assertThat(LEXICON.lookup("ATTORNEY GENERAL", EntryKind.TITLE, TODAY))
        .hasValueSatisfying(e -> assertThat(e.sector()).isEqualTo("JUD"));
    assertThat(LEXICON.lookup("troops", EntryKind.SECTOR, TODAY))
        .hasValueSatisfying(e -> assertThat(e.sector()).isEqualTo("MIL"));
    assertThat(LEXICON.lookup("putin")).isEmpty();
  }

  @Test
  void possessiveIsTheCallersJob() {
    assertThat(LEXICON.lookup("Putin's")).isEmpty();
  }

  @Test
  void longestMatchPrefersLongerName() {
    List<String> words = List.of("the", "White", "House", "press", "secretary", "said");
    assertThat(LEXICON.longestMatch(words, 1)).isEqualTo(2);
    assertThat(LEXICON.longestMatch(words, 3)).isEqualTo(2);
    assertThat(LEXICON.longestMatch(words, 5)).isZero();
    assertThat(LEXICON.longestMatch(List.of("Washington", "Post", "reported"), 0)).isEqualTo(2);
    assertThat(LEXICON.longestMatch(List.of("Washington", "said"), 0)).isEqualTo(1);
    assertThat(LEXICON.longestMatch(List.of("New", "York", "Times", "reported"), 0)).isEqualTo(3);
  }

  @Test
  void longestMatchFoldsTokens() {
    assertThat(LEXICON.longestMatch(List.of("Nicolás", "Maduro", "Moros"), 0)).isEqualTo(3);
    assertThat(LEXICON.longestMatch(List.of("U.S.", "troops"), 0)).isEqualTo(1);
    assertThat(LEXICON.longestMatch(List.of("People", "'s", "Republic", "of", "China"), 0))
        .isEqualTo(5);
    assertThat(LEXICON.longestMatch(List.of("Putin"), 3)).isZero();
  }

  @Test
  void badCountryCodeFailsWithFileAndLine() throws IOException {
    Path file = write("# a comment\n\nperson\tJane Roe\tZZZ\tGOV\t\t\tnobody\n");
    assertThatThrownBy(() -> ActorLexicon.withUserFiles(List.of(file)))
        .isInstanceOf(LexiconException.class)
        .hasMessageStartingWith(file + ":3: ")
        .hasMessageContaining("ZZZ");
  }

  @Test
  void badLinesFailWithTheirReason() throws IOException {
    assertFails("persn\tJane Roe\tUSA\tGOV\t\t\t\n", ":1: unknown kind");
    assertFails("person\tJane Roe\tUSA\n", ":1: expected 7");
    assertFails("person\tJane Roe\tUSA\tXYZ\t\t\t\n", ":1: unknown sector");
    assertFails("person\tJane Roe\tUSA\tGOV\t2020-13-01\t\t\n", ":1: bad from date");
    assertFails("person\tJane Roe\tUSA\tGOV\t2021-01-01\t2020-01-01\t\n", ":1: from 2021");
    assertFails("person\tJane Roe||Roe\tUSA\tGOV\t\t\t\n", ":1: empty name");
    assertFails("demonym\tMartian\t\t\t\t\t\n", ":1: a demonym line needs a country");
  }

  @Test
  void userFileAddsEntries() throws IOException {
    Path file =
        write(
            """
            # a newsroom's own additions
            country\tRuritania|Kingdom of Ruritania\tRUR\t\t\t\t\t# invented for the test
            capital\tStrelsau\tRUR\tGOV\t\t\t
            person\tJane Roe|Roe\tRUR\tGOV\t2024-01-01\t\tPrime Minister of Ruritania
            institution\tKremlin\tRUR\tMIL\t\t\toverrides the built-in line
            """);
    ActorLexicon lexicon = ActorLexicon.withUserFiles(List.of(file));

    assertThat(lexicon.countryName("RUR")).contains("Ruritania");
    assertThat(lexicon.lookup("Roe", EntryKind.PERSON, TODAY))
        .hasValueSatisfying(e -> assertThat(e.line()).isEqualTo(4));
    assertThat(lexicon.lookup("Kremlin", EntryKind.INSTITUTION, TODAY))
        .hasValueSatisfying(e -> assertThat(e.country()).isEqualTo("RUR"));
    assertThat(lexicon.lookup("Kremlin")).hasSize(2);
    assertThat(lexicon.longestMatch(List.of("Jane", "Roe"), 0)).isEqualTo(2);
    assertThat(ActorLexicon.builtIn().lookup("Roe")).isEmpty();
  }

  @Test
  void builtInIsLoadedOnce() {
    assertThat(ActorLexicon.builtIn()).isSameAs(ActorLexicon.builtIn());
  }

  private void assertFails(String content, String expected) throws IOException {
    Path file = write(content);
    assertThatThrownBy(() -> ActorLexicon.withUserFiles(List.of(file)))
        .isInstanceOf(LexiconException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(expected);
  }

  private Path write(String content) throws IOException {
    Path file = Files.createTempFile(dir, "user", ".tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
