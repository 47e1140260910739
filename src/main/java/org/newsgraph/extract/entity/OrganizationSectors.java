package org.newsgraph.extract.entity;

import java.util.Locale;
import java.util.Map;
import org.newsgraph.rules.RuleFile;

/**
 * The sector an organisation's name gives by its head word when the lexicon does not know the name:
 * "the Association of Andean Jurists" NGO, "the Bolivian Interior Ministry" GOV ({@code
 * entity/organization-sectors.tsv}).
 */
final class OrganizationSectors {
  private static final Map<String, String> HEADS =
      RuleFile.sectors("/entity/organization-sectors.tsv");

  /** Shortest head word read as a misspelling: shorter words are too close to other words. */
  private static final int MIN_MISSPELT = 7;

  /** The listed heads, looked up by a spelling one edit away. */
  private static final OneEditNames MISSPELLINGS = new OneEditNames(HEADS);

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
    String head = w[end].toLowerCase(Locale.ROOT);
    String sector = HEADS.get(head);
    return sector != null ? sector : misspelt(head);
  }

  /**
   * The sector of the one listed head a long head word misspells ("Commision", "Associaton"): wire
   * copy misspells the common word of a name as it does a country.
   */
  private static String misspelt(String head) {
    return head.length() < MIN_MISSPELT ? null : MISSPELLINGS.oneEditFrom(head).orElse(null);
  }
}
