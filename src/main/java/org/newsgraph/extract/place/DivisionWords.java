package org.newsgraph.extract.place;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.rules.RuleFile;

/**
 * The generic words that end a first-level division's name ("Cauca Department", "Helmand
 * Province"), read once from place/division-words.txt: the gazetteer build keys a division by its
 * name without the word, and the resolver strips it from a mention ("in Cauca province").
 */
final class DivisionWords {
  /** Generic words ending division names ("Province"): place/division-words.txt. */
  static final String RESOURCE = "/place/division-words.txt";

  private static final Set<String> WORDS = RuleFile.words(RESOURCE);

  private DivisionWords() {}

  /** The name without its trailing generic word ("Cauca" for "Cauca province"), or null. */
  static String bare(String name) {
    int space = name.lastIndexOf(' ');
    boolean generic =
        space > 0 && WORDS.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
    return generic ? name.substring(0, space) : null;
  }
}
