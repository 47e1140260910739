package org.newsgraph.extract.place;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * The words before a name that make it a place ("in", "near", "off the coast of"): place/cues.tsv.
 */
public final class PlaceCues {
  /** The default cue file on the classpath. */
  public static final String RESOURCE = "/place/cues.tsv";

  /** Where a cue counts. */
  public enum Scope {
    /** Anywhere: the name after it is a place, and places an event in its sentence. */
    ANY,
    /** Only for a place the parse attaches to the event's own clause. */
    CLAUSE
  }

  private final Map<String, Scope> cues;
  private final int longest;

  private PlaceCues(Map<String, Scope> cues) {
    this.cues = Map.copyOf(cues);
    this.longest = cues.keySet().stream().mapToInt(c -> c.split(" ").length).max().orElse(0);
  }

  /** The cues shipped in the project's resources. */
  public static PlaceCues builtIn() {
    Map<String, Scope> cues = new HashMap<>();
    for (RuleFile.Line line : RuleFile.read(RESOURCE)) {
      String[] f = line.fields();
      if (f.length < 2 || f[0].isBlank()) {
        throw line.error("expected a cue and a scope (any or clause)");
      }
      Scope scope =
          switch (f[1].strip()) {
            case "any" -> Scope.ANY;
            case "clause" -> Scope.CLAUSE;
            default -> throw line.error("scope must be 'any' or 'clause'");
          };
      cues.put(f[0].strip().toLowerCase(Locale.ROOT), scope);
    }
    return new PlaceCues(cues);
  }

  /**
   * The scope of the longest cue that ends right before token {@code first} (an optional "the"
   * between: "in the Caribbean"), or null when none does.
   */
  public Scope before(List<Token> tokens, int first) {
    int end = first;
    if (end > 0 && tokens.get(end - 1).word().equalsIgnoreCase("the")) {
      end--;
    }
    Scope found = null;
    StringBuilder phrase = new StringBuilder();
    for (int i = end - 1; i >= 0 && end - i <= longest; i--) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      phrase.insert(0, phrase.length() == 0 ? w : w + " ");
      Scope s = cues.get(phrase.toString());
      if (s != null) {
        found = s;
      }
    }
    return found;
  }
}
