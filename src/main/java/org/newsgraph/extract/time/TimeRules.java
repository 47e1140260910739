package org.newsgraph.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The time layer's data files under {@code /time/} on the classpath, loaded and checked once. A bad
 * entry fails with its file and line.
 */
public final class TimeRules {

  /** What a rule of rules.txt does with its match. */
  enum Action {
    /** "that day": the date of the latest earlier mention, else the publication date. */
    SAME,
    /** "one day after the call", "a week later": a count of units from an anchor. */
    SHIFT
  }

  /** One line of rules.txt. */
  record Rule(Action action, Pattern pattern, String source) {}

  private static final Set<String> RELATIONS =
      Set.of("since", "until", "before", "after", "approx");

  private final List<Rule> rules;
  private final Map<String, Integer> numbers;
  private final Map<String, Integer> directions;
  private final Map<String, String> relationWords;
  private final Set<String> futureCues;

  private TimeRules(
      List<Rule> rules,
      Map<String, Integer> numbers,
      Map<String, Integer> directions,
      Map<String, String> relationWords,
      Set<String> futureCues) {
    this.rules = List.copyOf(rules);
    this.numbers = Map.copyOf(numbers);
    this.directions = Map.copyOf(directions);
    this.relationWords = Map.copyOf(relationWords);
    this.futureCues = Set.copyOf(futureCues);
  }

  /** Loads the files shipped with Newsgraph; throws IllegalStateException on a bad entry. */
  public static TimeRules load() {
    List<Rule> rules = new ArrayList<>();
    for (Line l : read("rules.txt")) {
      String[] f = l.fields(2);
      Action action;
      try {
        action = Action.valueOf(f[0]);
      } catch (IllegalArgumentException e) {
        throw l.error("unknown action " + f[0] + ", expected SAME or SHIFT");
      }
      Pattern p;
      try {
        p = Pattern.compile(f[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      } catch (PatternSyntaxException e) {
        throw l.error("bad regex: " + e.getDescription());
      }
      if (!f[1].contains("(?<unit>")) {
        throw l.error("a rule needs a (?<unit>...) group");
      }
      if (action == Action.SHIFT && !f[1].contains("(?<dir>")) {
        throw l.error("a SHIFT rule needs a (?<dir>...) group");
      }
      rules.add(new Rule(action, p, l.where()));
    }
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (Line l : read("numbers.txt")) {
      String[] f = l.fields(2);
      try {
        numbers.put(f[0].toLowerCase(Locale.ROOT), Integer.parseInt(f[1]));
      } catch (NumberFormatException e) {
        throw l.error("not a number: " + f[1]);
      }
    }
    Map<String, Integer> directions = new LinkedHashMap<>();
    for (Line l : read("directions.txt")) {
      String[] f = l.fields(2);
      if (!f[1].equals("+") && !f[1].equals("-")) {
        throw l.error("direction must be + or -, was " + f[1]);
      }
      directions.put(f[0].toLowerCase(Locale.ROOT), f[1].equals("+") ? 1 : -1);
    }
    Map<String, String> relationWords = new LinkedHashMap<>();
    for (Line l : read("relation-words.txt")) {
      String[] f = l.fields(2);
      if (!RELATIONS.contains(f[1])) {
        throw l.error("unknown relation " + f[1] + ", expected one of " + RELATIONS);
      }
      relationWords.put(f[0].toLowerCase(Locale.ROOT), f[1]);
    }
    List<String> cues = new ArrayList<>();
    for (Line l : read("future-cues.txt")) {
      cues.add(l.fields(1)[0].toLowerCase(Locale.ROOT));
    }
    return new TimeRules(rules, numbers, directions, relationWords, Set.copyOf(cues));
  }

  List<Rule> rules() {
    return rules;
  }

  /** The count a word stands for, or null for a vague or unknown one ("several"). */
  Integer number(String word) {
    if (word == null) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
      return Integer.valueOf(w);
    }
    return numbers.get(w);
  }

  /** +1 or -1 for a direction word; throws for a word no file lists (a rule's mistake). */
  int direction(String word) {
    Integer d = directions.get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    if (d == null) {
      throw new IllegalStateException("direction word not in directions.txt: " + word);
    }
    return d;
  }

  /** The relation words ("since" → "since", "by" → "until"). */
  Map<String, String> relationWords() {
    return relationWords;
  }

  boolean isFutureCue(String word) {
    return futureCues.contains(word.toLowerCase(Locale.ROOT));
  }

  private record Line(String file, int number, String text) {
    String[] fields(int count) {
      String[] f = text.split("\t");
      if (f.length != count) {
        throw error("expected " + count + " tab-separated fields, found " + f.length);
      }
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
        if (f[i].isEmpty()) {
          throw error("empty field " + (i + 1));
        }
      }
      return f;
    }

    String where() {
      return "time/" + file + ":" + number;
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(where() + ": " + message);
    }
  }

  private static List<Line> read(String file) {
    List<Line> lines = new ArrayList<>();
    try (InputStream in = TimeRules.class.getResourceAsStream("/time/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource time/" + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        if (!s.isBlank() && !s.stripLeading().startsWith("#")) {
          lines.add(new Line(file, n, s));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read time/" + file, e);
    }
    return lines;
  }
}
