package org.newsgraph.clean;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The patterns cleaning removes, read from data files: {@code clean/boilerplate.tsv} (kind, regex,
 * why) and {@code clean/embeds.tsv} (platform, regex, why). Load once and share; the rules are
 * immutable.
 *
 * @param boilerplate applied in file order to every line; each match is cut out
 * @param embeds signatures of embedded posts, applied before the boilerplate; each match is cut out
 *     and becomes an {@link org.newsgraph.model.Embed}
 */
public record CleaningRules(List<BoilerplateRule> boilerplate, List<EmbedRule> embeds) {
  /** The kinds a boilerplate rule may give. */
  public static final Set<String> KINDS =
      Set.of("copyright", "share", "subscribe", "newsletter", "advertisement", "related", "embed");

  /** The default boilerplate file on the classpath. */
  public static final String BOILERPLATE_RESOURCE = "/clean/boilerplate.tsv";

  /** The default embed-signature file on the classpath. */
  public static final String EMBEDS_RESOURCE = "/clean/embeds.tsv";

  /**
   * A pattern of boilerplate.
   *
   * @param kind what it removes, one of {@link #KINDS}
   * @param why the comment the data file gives for it
   */
  public record BoilerplateRule(String kind, Pattern pattern, String why) {}

  /**
   * The signature line of an embedded post. The pattern has the named groups {@code author}, {@code
   * handle} and {@code date} (the date group may match nothing).
   *
   * @param platform the embed's platform: x, instagram, ...
   * @param why the comment the data file gives for it
   */
  public record EmbedRule(String platform, Pattern pattern, String why) {}

  public CleaningRules {
    boilerplate = List.copyOf(boilerplate);
    embeds = List.copyOf(embeds);
  }

  /** The rules shipped in the project's resources; a bad entry fails with its file and line. */
  public static CleaningRules defaults() {
    return new CleaningRules(
        boilerplate(PatternFile.load(BOILERPLATE_RESOURCE, 3)),
        embeds(PatternFile.load(EMBEDS_RESOURCE, 3)));
  }

  /**
   * Rules from the text of the two data files, for tests and for users' own lists.
   *
   * @throws IllegalArgumentException naming file:line for a malformed entry, an unknown kind, a bad
   *     regex or a missing named group
   */
  public static CleaningRules parse(
      String boilerplateName, String boilerplateText, String embedsName, String embedsText) {
    return new CleaningRules(
        boilerplate(PatternFile.parse(boilerplateName, boilerplateText, 3)),
        embeds(PatternFile.parse(embedsName, embedsText, 3)));
  }

  private static List<BoilerplateRule> boilerplate(List<PatternFile.Row> rows) {
    return rows.stream()
        .map(
            row -> {
              String kind = row.fields().get(0);
              if (!KINDS.contains(kind)) {
                throw row.error("unknown kind '" + kind + "', expected one of " + KINDS);
              }
              return new BoilerplateRule(kind, row.pattern(1), row.fields().get(2));
            })
        .toList();
  }

  private static List<EmbedRule> embeds(List<PatternFile.Row> rows) {
    return rows.stream()
        .map(
            row -> {
              for (String group : List.of("author", "handle", "date")) {
                row.requireGroup(1, group);
              }
              return new EmbedRule(row.fields().get(0), row.pattern(1), row.fields().get(2));
            })
        .toList();
  }
}
