package org.newsgraph.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The whitespace rules of a cleaned line. */
final class Whitespace {
  /** Invisible characters: zero-width space, joiners, word joiner, stray byte order marks. */
  private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF]");

  /** Control characters other than the newline, which splits lines before this runs. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");

  /** Tabs, no-break spaces (U+00A0, U+202F) and the other Unicode spaces. */
  private static final Pattern SPACES =
      Pattern.compile("[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+");

  private Whitespace() {}

  /**
   * The line in Unicode NFC (a letter and its combining accent become one character), with
   * invisible and control characters removed, spaces collapsed, and trimmed.
   */
  static String tidy(String line) {
    String s = Normalizer.normalize(line, Normalizer.Form.NFC);
    s = INVISIBLE.matcher(s).replaceAll("");
    s = CONTROL.matcher(s).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Whether the line has a letter or a digit, that is, anything to read. */
  static boolean hasContent(String line) {
    return line.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
