package org.newsgraph.extract.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;
import org.newsgraph.nlp.Token;

/** The questions the entity layer asks the actor lexicon, phrased for token spans. */
final class LexiconView {
  private final ActorLexicon lexicon;
  private final CountrySpellings spellings;
  private final PersonSpellings personSpellings;

  LexiconView(ActorLexicon lexicon) {
    this.lexicon = lexicon;
    this.spellings = new CountrySpellings(lexicon);
    this.personSpellings = new PersonSpellings(lexicon);
  }

  /**
   * The person entry for a misspelt full name ("Francois Mitterand") as of the date, if exactly one
   * known person's full name is one edit from it.
   */
  Optional<LexiconEntry> misspeltPerson(String name, LocalDate date) {
    return personSpellings.personOf(stripThe(name)).flatMap(n -> person(n, date));
  }

  /** The country a misspelt one-word country name stands for ("Ethopia"), if any. */
  Optional<String> misspeltCountry(String name) {
    return spellings.countryOf(name.strip());
  }

  /** The text of tokens [first, last], with the spaces the article has between them. */
  static String words(List<Token> tokens, int first, int last, String text) {
    return text.substring(tokens.get(first).start(), tokens.get(last).end());
  }

  /** The first entry of one of the kinds that the phrase names, in the order given. */
  Optional<LexiconEntry> find(String phrase, EntryKind... kinds) {
    List<LexiconEntry> all = lexicon.lookup(stripThe(phrase));
    for (EntryKind kind : kinds) {
      for (LexiconEntry e : all) {
        if (e.kind() == kind) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /** The person entry for the name as of the date (country only outside any term). */
  Optional<LexiconEntry> person(String name, LocalDate date) {
    return lexicon.lookup(stripThe(name), EntryKind.PERSON, date);
  }

  /** The country a phrase stands for: a country, demonym, capital or national institution. */
  Optional<String> country(String phrase) {
    return find(
            phrase, EntryKind.COUNTRY, EntryKind.DEMONYM, EntryKind.CAPITAL, EntryKind.INSTITUTION)
        .map(LexiconEntry::country);
  }

  /** Number of tokens of the longest lexicon name starting at token {@code from}. */
  int longestMatch(List<String> words, int from) {
    return lexicon.longestMatch(words, from);
  }

  static String stripThe(String phrase) {
    String p = phrase.strip();
    if (p.length() > 4 && (p.startsWith("the ") || p.startsWith("The "))) {
      return p.substring(4);
    }
    return p;
  }
}
