package org.newsgraph.extract.entity.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The normal form names are matched in: folded diacritics, no periods, one space, no "the". */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Names() {}

  /**
   * The normal form of a phrase: diacritics folded ("Nicolás" to "Nicolas"), periods dropped
   * ("U.S." to "US"), typographic apostrophes made plain, whitespace collapsed, and a leading "the
   * " or "The " removed. Case is kept; see {@link #key}.
   */
  static String normalize(String phrase) {
    String s = SPACE.matcher(foldWord(phrase)).replaceAll(" ").strip();
    if (s.startsWith("the ") || s.startsWith("The ")) {
      s = s.substring(4);
    }
    return s;
  }

  /** The lookup key of a normalized name: lower-cased for kinds that ignore case. */
  static String key(String normalized, boolean ignoreCase) {
    return ignoreCase ? normalized.toLowerCase(Locale.ROOT) : normalized;
  }

  /** One token folded as {@link #normalize} folds a phrase, without the "the" rule. */
  static String foldWord(String word) {
    if (isPlain(word)) {
      return word;
    }
    String s = Normalizer.normalize(word, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '.' -> {}
        case '\u2019', '\u2018', '`' -> out.append('\'');
        case '\u0131' -> out.append('i'); // dotless i, as in Kılıçdaroğlu
        case '\u00f8' -> out.append('o');
        case '\u00d8' -> out.append('O');
        case '\u0142' -> out.append('l');
        case '\u0141' -> out.append('L');
        case '\u0111' -> out.append('d');
        case '\u0110' -> out.append('D');
        case '\u00df' -> out.append("ss");
        case '\u00e6' -> out.append("ae");
        case '\u00c6' -> out.append("AE");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The words of a normalized name as a tokenizer would give them. A word ending in "'s" is split
   * off the way tokenizers split possessives, so "People's Republic" yields two sequences: the name
   * as written, and "People 's Republic".
   */
  static List<List<String>> tokenSequences(String normalized) {
    List<String> asWritten = List.of(normalized.split(" "));
    List<String> split = new ArrayList<>();
    for (String word : asWritten) {
      if (word.length() > 2 && word.endsWith("'s")) {
        split.add(word.substring(0, word.length() - 2));
        split.add("'s");
      } else {
        split.add(word);
      }
    }
    return split.size() == asWritten.size() ? List.of(asWritten) : List.of(asWritten, split);
  }

  private static boolean isPlain(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c > 0x7e || c == '.' || c == '`') {
        return false;
      }
    }
    return true;
  }
}
