package org.newsgraph.extract.event.actor;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * Names that only modify a thing through a hyphenated participle ({@code
 * event/foreign-modifiers.tsv}): "Guyana" in "a Guyana-flagged tanker" is the flag, not the
 * tanker's actor.
 */
final class ForeignModifiers {
  private static final Set<String> WORDS = load();

  private ForeignModifiers() {}

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (RuleFile.Line line : RuleFile.read("/event/foreign-modifiers.tsv")) {
      String[] f = line.fields();
      if (f.length != 2 || !f[0].matches("[a-z]+") || !f[1].strip().endsWith(".")) {
        throw line.error("expected a lower-case word and an example sentence");
      }
      out.add(f[0]);
    }
    return Set.copyOf(out);
  }

  /**
   * Whether the token is a name joined by a hyphen to one of the words ("Guyana" - "flagged"), as
   * two tokens after the hyphen or within one token.
   */
  static boolean isForeign(Sentence s, int token) {
    Token t = s.tokens().get(token);
    int dash = t.word().lastIndexOf('-');
    if (dash > 0 && WORDS.contains(t.word().substring(dash + 1).toLowerCase(Locale.ROOT))) {
      return true;
    }
    return token + 2 < s.tokens().size()
        && s.tokens().get(token + 1).word().equals("-")
        && s.tokens().get(token + 1).start() == t.end()
        && WORDS.contains(s.tokens().get(token + 2).word().toLowerCase(Locale.ROOT));
  }
}
