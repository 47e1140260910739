package org.newsgraph.extract.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.rules.RuleFile;

/**
 * The sector an organisation's name gives by its head word when the lexicon does not know the name:
 * "the Association of Andean Jurists" NGO, "the Bolivian Interior Ministry" GOV ({@code
 * entity/organization-sectors.tsv}).
 */
final class OrganizationSectors {
  private static final Map<String, String> HEADS = load();

  private OrganizationSectors() {}

  /** The sector of the name's head (the word before its first "of" or "for", else its last). */
  static String of(String name) {
    String[] w = name.strip().replaceAll("'s?\\b|’s?\\b", "").split("\\s+");
    int end = w.length - 1;
    for (int i = 1; i < w.length; i++) {
      if (w[i].equals("of") || w[i].equals("for")) {
        end = i - 1;
        break;
      }
    }
    if (end >= 1) {
      String two = HEADS.get((w[end - 1] + " " + w[end]).toLowerCase(Locale.ROOT));
      if (two != null) {
        return two; // "Liberation Army" before "Army"
      }
    }
    return HEADS.get(w[end].toLowerCase(Locale.ROOT));
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (RuleFile.Line line : RuleFile.read("/entity/organization-sectors.tsv")) {
      String[] f = line.fields();
      if (f.length != 3 || !f[1].matches("[A-Z]{3}") || !f[2].strip().endsWith(".")) {
        throw line.error("expected head, sector (3 capitals) and an example sentence");
      }
      if (out.put(f[0].strip().toLowerCase(Locale.ROOT), f[1]) != null) {
        throw line.error("duplicate head");
      }
    }
    return Map.copyOf(out);
  }
}
