package org.newsgraph.extract.event.role;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.rules.RuleFile;

/**
 * Prepositions that introduce the target of an event of a category: after an event noun ({@code
 * event/noun-role-cases.tsv}: "the withdrawal from Bolivia", "the invasion of Ecuador") or a verb
 * ({@code event/verb-role-cases.tsv}: "complained to Lima over Chilean raids").
 */
final class RoleCases {
  /** The cases of event nouns. */
  static final RoleCases NOUNS = load("/event/noun-role-cases.tsv");

  /** The cases of verbs, which win over every other prepositional phrase of the verb. */
  static final RoleCases VERBS = load("/event/verb-role-cases.tsv");

  private final Map<String, Set<String>> targetCases;

  private RoleCases(Map<String, Set<String>> targetCases) {
    this.targetCases = Map.copyOf(targetCases);
  }

  private static RoleCases load(String resource) {
    Map<String, Set<String>> out = new HashMap<>();
    for (RuleFile.Line line : RuleFile.read(resource)) {
      String[] f = line.fields();
      if (f.length != 3 || !f[0].matches("[A-Z]+") || !f[1].matches("[a-z]+")) {
        throw line.error("expected a category, a preposition and an example sentence");
      }
      out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
    }
    return new RoleCases(out);
  }

  /** Whether the preposition, after a word of the category, introduces its target. */
  boolean introducesTarget(String type, String preposition) {
    return type != null
        && preposition != null
        && targetCases.getOrDefault(type, Set.of()).contains(preposition);
  }
}
