package org.newsgraph.extract.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;
import org.newsgraph.rules.RuleFile;

/**
 * The country a misspelt one-word country name stands for: wire copy has "Ethopia", "Quatar" and
 * "Afganistan". A name one edit (a letter added, dropped, changed or two swapped) from exactly one
 * country's, with the same first letter, is read as that country.
 */
final class CountrySpellings {
  /** Shortest word read as a misspelling: shorter names are too close to each other. */
  private static final int MIN_LENGTH = 6;

  /** Places one letter from a country's name ({@code entity/not-misspellings.txt}). */
  private static final Set<String> PLACES = RuleFile.words("/entity/not-misspellings.txt");

  /** A capitalized word: "Ethopia". */
  private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}\\p{Ll}+");

  private final OneEditNames countries;

  CountrySpellings(ActorLexicon lexicon) {
    countries =
        new OneEditNames(
            lexicon,
            EntryKind.COUNTRY,
            n -> n.length() >= MIN_LENGTH - 1 && n.chars().allMatch(Character::isLetter),
            LexiconEntry::country);
  }

  /** The country the capitalized word misspells, if exactly one is that close. */
  Optional<String> countryOf(String word) {
    if (word.length() < MIN_LENGTH
        || !CAPITALIZED.matcher(word).matches()
        || PLACES.contains(word.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return countries.oneEditFrom(word);
  }
}
