package org.newsgraph.extract.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.rules.RuleFile;

/**
 * Prepositions that introduce the target of an event noun of a category ({@code
 * event/noun-role-cases.tsv}): "the withdrawal from Bolivia", "the invasion of Ecuador".
 */
final class NounRoleCases {
  private static final Map<String, Set<String>> TARGET_CASES = load();

  private NounRoleCases() {}

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    for (RuleFile.Line line : RuleFile.read("/event/noun-role-cases.tsv")) {
      String[] f = line.fields();
      if (f.length != 3 || !f[0].matches("[A-Z]+") || !f[1].matches("[a-z]+")) {
        throw line.error("expected a category, a preposition and an example sentence");
      }
      out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
    }
    return Map.copyOf(out);
  }

  /** Whether the preposition, after an event noun of the category, introduces its target. */
  static boolean introducesTarget(String type, String preposition) {
    return preposition != null && TARGET_CASES.getOrDefault(type, Set.of()).contains(preposition);
  }
}
