package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  private record Spelling(String name, String country) {}

  private final List<Spelling> countries = new ArrayList<>();

  CountrySpellings(ActorLexicon lexicon) {
    for (LexiconEntry e : lexicon.entries()) {
      if (e.kind() != EntryKind.COUNTRY) {
        continue;
      }
      for (String n : e.names()) {
        if (n.length() >= MIN_LENGTH - 1 && n.chars().allMatch(Character::isLetter)) {
          countries.add(new Spelling(n.toLowerCase(Locale.ROOT), e.country()));
        }
      }
    }
  }

  /** The country the capitalized word misspells, if exactly one is that close. */
  Optional<String> countryOf(String word) {
    if (word.length() < MIN_LENGTH
        || !CAPITALIZED.matcher(word).matches()
        || PLACES.contains(word.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String w = word.toLowerCase(Locale.ROOT);
    Set<String> found = new HashSet<>();
    for (Spelling s : countries) {
      if (s.name().charAt(0) == w.charAt(0) && oneEditApart(w, s.name())) {
        found.add(s.country());
      }
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /** Whether the two differ by one insertion, deletion, substitution or adjacent swap. */
  static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      boolean swap =
          i + 1 < a.length()
              && a.charAt(i) == b.charAt(i + 1)
              && a.charAt(i + 1) == b.charAt(i)
              && a.substring(i + 2).equals(b.substring(i + 2));
      return swap || a.substring(i + 1).equals(b.substring(i + 1));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }
}
