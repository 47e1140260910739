package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;

/**
 * Names of one lexicon kind, each with what it stands for, looked up by a spelling one edit away: a
 * letter added, dropped, changed or two swapped, with the same first letter.
 */
final class OneEditNames {
  private record Name(String name, String value) {}

  private final List<Name> names = new ArrayList<>();

  /**
   * The names of the kind's entries that {@code keep} accepts, each standing for its entry's value.
   */
  OneEditNames(
      ActorLexicon lexicon,
      EntryKind kind,
      Predicate<String> keep,
      Function<LexiconEntry, String> value) {
    for (LexiconEntry e : lexicon.entries()) {
      if (e.kind() != kind) {
        continue;
      }
      for (String n : e.names()) {
        if (keep.test(n)) {
          names.add(new Name(n.toLowerCase(Locale.ROOT), value.apply(e)));
        }
      }
    }
  }

  /** Each word (a key) standing for its value: a table of head words and their sectors. */
  OneEditNames(Map<String, String> words) {
    for (Map.Entry<String, String> e : words.entrySet()) {
      names.add(new Name(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
    }
  }

  /** What the spelling stands for, when the names one edit from it all stand for the same. */
  Optional<String> oneEditFrom(String spelling) {
    String w = spelling.toLowerCase(Locale.ROOT);
    Set<String> found = new HashSet<>();
    for (Name n : names) {
      if (n.name().charAt(0) == w.charAt(0) && oneEditApart(w, n.name())) {
        found.add(n.value());
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
