package org.newsgraph.extract.place;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.rules.RuleFile;

/**
 * Reads the place of a wire dateline ("CARACAS, Venezuela (AP) —"): rules in place/dateline.tsv.
 */
public final class DatelinePlace {
  /** The default rule file on the classpath. */
  public static final String RESOURCE = "/place/dateline.tsv";

  /** How many leading lines of the text are searched: the title, a blank line, the dateline. */
  public static final int LINES = 4;

  /**
   * A dateline's place.
   *
   * @param city the city as written ("CARACAS"), with its offsets
   * @param qualifier the country or state after the comma ("Venezuela"), or null
   */
  public record Found(String city, int start, int end, String qualifier) {}

  private final List<Pattern> patterns;

  private DatelinePlace(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** The dateline rules shipped in the project's resources. */
  public static DatelinePlace builtIn() {
    return new DatelinePlace(RuleFile.read(RESOURCE).stream().map(DatelinePlace::compile).toList());
  }

  private static Pattern compile(RuleFile.Line line) {
    try {
      Pattern p = Pattern.compile(line.fields()[0]);
      if (!p.pattern().contains("(?<city>")) {
        throw line.error("the regex needs a group named city");
      }
      return p;
    } catch (PatternSyntaxException e) {
      throw line.error("bad regex (" + e.getDescription() + ")");
    }
  }

  /** The dateline's place in the first lines of the text, or null. */
  public Found find(String text) {
    int lineStart = 0;
    for (int n = 0; n < LINES && lineStart < text.length(); n++) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      for (Pattern p : patterns) {
        Matcher m = p.matcher(line);
        if (m.find()) {
          String qualifier = m.group("qualifier");
          return new Found(
              m.group("city").strip(),
              lineStart + m.start("city"),
              lineStart + m.start("city") + m.group("city").strip().length(),
              qualifier == null ? null : qualifier.strip());
        }
      }
      lineStart = lineEnd + 1;
    }
    return null;
  }
}
