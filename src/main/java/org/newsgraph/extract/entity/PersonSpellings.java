package org.newsgraph.extract.entity;

import java.util.Optional;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;

/**
 * The known person a misspelt full name stands for: wire copy has "Francois Mitterand" and
 * "Abdelaziz Bouteflicka". A name of two words or more, one edit (a letter added, dropped, changed
 * or two swapped) from the full name of exactly one person in the lexicon, with the same first
 * letter, is read as that person.
 */
final class PersonSpellings {
  /** Shortest full name read as a misspelling: a first name and a surname, with room to differ. */
  private static final int MIN_LENGTH = 12;

  private final OneEditNames people;

  PersonSpellings(ActorLexicon lexicon) {
    people =
        new OneEditNames(
            lexicon,
            EntryKind.PERSON,
            n -> n.length() >= MIN_LENGTH - 1 && n.contains(" "),
            LexiconEntry::name);
  }

  /** The canonical name of the one person the full name misspells, if exactly one is that close. */
  Optional<String> personOf(String name) {
    String n = name.strip();
    return n.length() < MIN_LENGTH || !n.contains(" ") ? Optional.empty() : people.oneEditFrom(n);
  }
}
